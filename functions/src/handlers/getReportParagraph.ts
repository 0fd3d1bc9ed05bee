import { ReportQuerySchema } from '@rights-outreach/shared';
import { campaignReport } from '../domain/report/campaignReport';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { parseQuery } from '../http/parseQuery';
import { campaignCodeFrom } from './campaignCode';

/** GET /reports/campaigns/{code}/paragraph?unit= — marketing, admin (their unit and below): the results paragraph as plain text. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters, query, principal }) => {
  const code = campaignCodeFrom(pathParameters);
  const { unit } = parseQuery(ReportQuerySchema, query);
  const report = await campaignReport(principal, code, unit);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    body: report.paragraph,
  };
});
