import { ReportExportQuerySchema } from '@rights-outreach/shared';
import { campaignReport } from '../domain/report/campaignReport';
import { reportCsv, reportWorkbook } from '../domain/report/reportFiles';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { parseQuery } from '../http/parseQuery';
import { attachment } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** GET /reports/campaigns/{code}/export?format=xlsx|csv&unit= — marketing, admin (their unit and below): the report as a file. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters, query, principal }) => {
  const code = campaignCodeFrom(pathParameters);
  const { unit, format } = parseQuery(ReportExportQuerySchema, query);
  const report = await campaignReport(principal, code, unit);
  const file = format === 'csv' ? reportCsv(report) : await reportWorkbook(report);
  return attachment(file.contentType, file.fileName, file.body);
});
