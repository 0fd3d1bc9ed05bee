import type { CampaignReport, ReportCampaignList } from '@rights-outreach/shared';
import type { ExportFormat } from '../dashboard/logic/exportFile';
import { requestJson, segment } from './http';

function isCampaignList(body: unknown): body is ReportCampaignList {
  const list = body as Partial<ReportCampaignList> | null;
  return typeof list?.scope?.unitId === 'string' && Array.isArray(list.campaigns);
}

function isCampaignReport(body: unknown): body is CampaignReport {
  const report = body as Partial<CampaignReport> | null;
  return (
    typeof report?.campaign?.code === 'string' &&
    Array.isArray(report.scope?.trail) &&
    typeof report.offline?.events === 'number' &&
    typeof report.online?.views === 'number' &&
    Array.isArray(report.breakdowns?.units) &&
    typeof report.paragraph === 'string'
  );
}

const unitQuery = (unitId: string | undefined): string => (unitId ? `unit=${encodeURIComponent(unitId)}` : '');

/** Campaigns with their headline figures for the caller's unit (marketing, admin). */
export function listReportCampaigns(): Promise<ReportCampaignList> {
  return requestJson('GET', '/reports/campaigns', isCampaignList);
}

/** A campaign's report for one unit and everything under it; no unit: the caller's own. */
export function getCampaignReport(code: string, unitId?: string): Promise<CampaignReport> {
  const query = unitQuery(unitId);
  return requestJson('GET', `/reports/campaigns/${segment(code)}${query ? `?${query}` : ''}`, isCampaignReport);
}

/** Path (under the API base) of the report's export file. */
export function reportExportPath(code: string, format: ExportFormat, unitId?: string): string {
  const query = [`format=${format}`, unitQuery(unitId)].filter(Boolean).join('&');
  return `/reports/campaigns/${segment(code)}/export?${query}`;
}
