import writeExcelFile from 'write-excel-file/node';
import { type CampaignReport, exportFileName } from '@rights-outreach/shared';
import { toCsv } from '../csv';
import { type Sheet, reportSheets } from './reportSheets';

export interface ReportFile {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/** The report as an Excel workbook: a summary sheet, then one sheet per breakdown, Chinese headers, header row frozen. */
export async function reportWorkbook(report: CampaignReport): Promise<ReportFile> {
  const sheets = reportSheets(report).map((sheet) => ({
    sheet: sheet.name,
    data: [sheet.columns.map((title) => ({ value: title, fontWeight: 'bold' as const })), ...sheet.rows],
    columns: sheet.columns.map((title, i) => ({ width: columnWidth(title, sheet, i) })),
    stickyRowsCount: 1,
  }));
  const body = await writeExcelFile(sheets).toBuffer();
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: exportFileName(report, 'xlsx'),
    body,
  };
}

/**
 * The report as one CSV: every table of the workbook in turn, each under its name in
 * 【】 and separated by an empty line, with a byte-order mark so Excel reads UTF-8.
 */
export function reportCsv(report: CampaignReport): ReportFile {
  const rows = reportSheets(report).flatMap((sheet, i) => [...(i > 0 ? [[]] : []), [`【${sheet.name}】`], sheet.columns, ...sheet.rows]);
  return { contentType: 'text/csv; charset=utf-8', fileName: exportFileName(report, 'csv'), body: Buffer.from(`\uFEFF${toCsv(rows)}`) };
}

/** Wide enough for the header and the longest value (CJK characters count double), within reason. */
function columnWidth(title: string, sheet: Sheet, index: number): number {
  const width = (value: unknown) => [...String(value ?? '')].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const longest = Math.max(width(title), ...sheet.rows.slice(0, 200).map((row) => width(row[index])));
  return Math.min(Math.max(longest + 2, 8), 60);
}
