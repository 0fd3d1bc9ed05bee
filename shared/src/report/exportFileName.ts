import type { CampaignReport, exportFormats } from '../schemas/report';

export type ExportFormat = (typeof exportFormats)[number];

// Characters Windows, macOS or WeChat refuse in a file name, and whitespace runs.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const unsafe = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The export's file name, the same from the API and the app: campaign, unit, 数据报表 and the
 * day the figures were read (Asia/Shanghai), e.g.
 * `2026年“3·15”消费者权益保护教育宣传周_广东省分公司_数据报表_20260316.xlsx`.
 */
export function exportFileName(report: Pick<CampaignReport, 'campaign' | 'scope' | 'generatedAt'>, format: ExportFormat): string {
  const day = new Date(Date.parse(report.generatedAt) + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  const base = [report.campaign.name, report.scope.name, '数据报表', day]
    .map((part) => part.replace(unsafe, '-').replace(/\s+/g, ' ').trim())
    .join('_');
  return `${base}.${format}`;
}
