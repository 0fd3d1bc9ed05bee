import type { ExportFormat } from '@rights-outreach/shared';

export type { ExportFormat };

export const exportFormatLabels: Record<ExportFormat, string> = { xlsx: '导出 Excel（.xlsx）', csv: '导出 CSV' };

/** WeChat can open an xlsx for the user (openDocument) but not a csv; a browser downloads either. */
export function exportFormatsFor(platform: string | undefined): ExportFormat[] {
  return platform === 'h5' ? ['xlsx', 'csv'] : ['xlsx'];
}
