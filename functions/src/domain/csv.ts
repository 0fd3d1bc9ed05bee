/** A CSV cell: numbers as they are, empty for null, text quoted when needed. */
export type CsvCell = string | number | null;

/**
 * Rows as CSV for Excel and WPS (CRLF line ends; the caller adds a byte-order mark so the
 * Chinese text opens as UTF-8). Text starting with = + - @ is neutralised with a leading
 * quote so a spreadsheet never runs it as a formula; numbers are left as numbers.
 */
export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
