import { ReportQuerySchema } from '@rights-outreach/shared';
import { campaignReport } from '../domain/report/campaignReport';
import { dashboardView } from '../domain/report/dashboardView';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { parseQuery } from '../http/parseQuery';
import { json } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** GET /reports/campaigns/{code}?unit= — marketing, admin (their unit and below): the campaign's report for the dashboard. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters, query, principal }) => {
  const code = campaignCodeFrom(pathParameters);
  const { unit } = parseQuery(ReportQuerySchema, query);
  return json(200, dashboardView(await campaignReport(principal, code, unit)), { 'Cache-Control': 'no-store' });
});
