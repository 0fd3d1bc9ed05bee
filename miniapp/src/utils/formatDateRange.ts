/** `2026-03-15` → parts, or null for anything else (the API sends YYYY-MM-DD). */
function parts(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Campaign dates as people read them: `2026年3月15日—3月21日`, with the year repeated only
 * when the range crosses into a new year.
 */
export function formatDateRange(startDate: string, endDate: string): string {
  const start = parts(startDate);
  const end = parts(endDate);
  if (!start || !end) return `${startDate} — ${endDate}`;
  const first = `${start.year}年${start.month}月${start.day}日`;
  if (startDate === endDate) return first;
  const last = start.year === end.year ? `${end.month}月${end.day}日` : `${end.year}年${end.month}月${end.day}日`;
  return `${first}—${last}`;
}
