import { safeGet, safeSet, type KeyValueStorage } from '../../tracker/storage';

export const headcountStorageKey = 'ro.headcount.v1';

/** The clicker's ceiling: the schema's limit for 现场参与人数. */
export const maxHeadcount = 100_000;

type Counts = Record<string, { count: number; at: string }>;

function read(storage: KeyValueStorage): Counts {
  const value = safeGet(storage, headcountStorageKey);
  return typeof value === 'object' && value !== null ? (value as Counts) : {};
}

/** The count being clicked for an event, if a count is in progress (survives the app being closed). */
export function countInProgress(storage: KeyValueStorage, eventId: string): number | null {
  const entry = read(storage)[eventId];
  return typeof entry?.count === 'number' ? entry.count : null;
}

/** Stores the count after every tap; false when storage failed (the count then lives in memory only). */
export function storeCount(storage: KeyValueStorage, eventId: string, count: number, at: string): boolean {
  return safeSet(storage, headcountStorageKey, { ...read(storage), [eventId]: { count, at } });
}

/** Forgets the count once it has been queued as an edit of the event. */
export function clearCount(storage: KeyValueStorage, eventId: string): void {
  const counts = { ...read(storage) };
  delete counts[eventId];
  safeSet(storage, headcountStorageKey, counts);
}

/** One tap: +1 or −1, kept within 0 … maxHeadcount. */
export function step(count: number, delta: 1 | -1): number {
  return Math.min(maxHeadcount, Math.max(0, count + delta));
}
