import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { campaignReport } from '../domain/report/campaignReport';
import { reportCsv, reportWorkbook } from '../domain/report/reportFiles';
import { httpHandler } from '../http/httpHandler';
import { attachment } from '../http/responses';

/** GET /reports/campaigns/{code}/export?format=xlsx|csv&unit= — marketing, admin (their unit and below): the report as a file. */
export const handler = httpHandler(api.exportCampaignReport, async ({ params, query, principal }) => {
  const report = await campaignReport(principal, params.code, query.unit);
  const file = query.format === 'csv' ? reportCsv(report) : await reportWorkbook(report);
  return attachment(file.contentType, file.fileName, file.body);
});
