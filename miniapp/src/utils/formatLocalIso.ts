const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * ISO 8601 timestamp in the phone's own offset, e.g. `2026-03-15T10:04:05.120+08:00`.
 * The offset keeps the visitor's local day visible to the server; `toISOString()` would
 * only ever say `Z`.
 */
export function formatLocalIso(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
