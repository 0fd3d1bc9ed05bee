import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { campaignReport } from '../domain/report/campaignReport';
import { dashboardView } from '../domain/report/dashboardView';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /reports/campaigns/{code}?unit= — marketing, admin (their unit and below): the campaign's report for the dashboard. */
export const handler = httpHandler(api.getCampaignReport, async ({ params, query, principal }) =>
  json(200, dashboardView(await campaignReport(principal, params.code, query.unit)), { 'Cache-Control': 'no-store' }),
);
