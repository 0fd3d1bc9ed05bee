import { safeGet, safeSet, type KeyValueStorage } from '../tracker/storage';

export const checkinStorageKey = 'ro.checkins.v1';

/** Beyond this many events, the oldest check-ins are forgotten (the server keeps the count). */
const maxRemembered = 100;

type Checkins = Record<string, string>;

function read(storage: KeyValueStorage): Checkins {
  const value = safeGet(storage, checkinStorageKey);
  return typeof value === 'object' && value !== null ? (value as Checkins) : {};
}

/** When this device checked in to the event, if it did. */
export function checkedInAt(storage: KeyValueStorage, eventId: string): string | null {
  const at = read(storage)[eventId];
  return typeof at === 'string' ? at : null;
}

/** Remembers that this device checked in to the event, so the page says so next time. */
export function rememberCheckin(storage: KeyValueStorage, eventId: string, at: string): void {
  const entries = Object.entries({ ...read(storage), [eventId]: at })
    .sort(([, a], [, b]) => b.localeCompare(a))
    .slice(0, maxRemembered);
  safeSet(storage, checkinStorageKey, Object.fromEntries(entries));
}
