/** China has one time zone and no daylight saving: events are shown in UTC+8 whatever the phone says. */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

const pad = (value: number): string => String(value).padStart(2, '0');

interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function shanghaiParts(iso: string): ShanghaiParts | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + shanghaiOffsetMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** `2026年3月15日 09:30` (Beijing time); the raw text for anything unparseable. */
export function formatEventTime(iso: string): string {
  const p = shanghaiParts(iso);
  return p ? `${p.year}年${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}` : iso;
}

/** `3月15日 09:30`: the short form for lists. */
export function formatEventTimeShort(iso: string): string {
  const p = shanghaiParts(iso);
  return p ? `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}` : iso;
}

/** The Beijing date and time of an instant as form fields: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function shanghaiDateTime(iso: string): { date: string; time: string } | null {
  const p = shanghaiParts(iso);
  return p ? { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` } : null;
}

/** Date and time picked in the form → ISO 8601 with the +08:00 offset; '' when either is missing. */
export function toShanghaiIso(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  return `${date}T${time}:00+08:00`;
}
