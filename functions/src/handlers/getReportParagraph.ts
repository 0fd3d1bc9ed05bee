import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { campaignReport } from '../domain/report/campaignReport';
import { httpHandler } from '../http/httpHandler';

/** GET /reports/campaigns/{code}/paragraph?unit= — marketing, admin (their unit and below): the results paragraph as plain text. */
export const handler = httpHandler(api.getReportParagraph, async ({ params, query, principal }) => {
  const report = await campaignReport(principal, params.code, query.unit);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    body: report.paragraph,
  };
});
