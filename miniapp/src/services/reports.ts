import type { CampaignReport, ReportCampaignList } from '@rights-outreach/shared';
import type { ExportFormat } from '../dashboard/logic/exportFile';
import { apiPath, callApi } from './api';

/** Campaigns with their headline figures for the caller's unit (marketing, admin). */
export function listReportCampaigns(): Promise<ReportCampaignList> {
  return callApi('listReportCampaigns');
}

/** A campaign's report for one unit and everything under it; no unit: the caller's own. */
export function getCampaignReport(code: string, unitId?: string): Promise<CampaignReport> {
  return callApi('getCampaignReport', { params: { code }, query: { unit: unitId } });
}

/** Path (under the API base) of the report's export file. */
export function reportExportPath(code: string, format: ExportFormat, unitId?: string): string {
  return apiPath('exportCampaignReport', { params: { code }, query: { format, unit: unitId } });
}
