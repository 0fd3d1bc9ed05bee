import { safeGet, safeSet, type KeyValueStorage } from '../../tracker/storage';

interface Cached<T> {
  owner: string;
  at: string;
  data: T;
}

export type ReadThrough<T> = { data: T; stale: false } | { data: T; stale: true; error: unknown; at: string };

/**
 * Loads fresh data and keeps a copy; when loading fails (no signal, mostly), answers with the
 * copy kept for the same account, marked stale. Throws only when there is no copy at all.
 */
export async function readThrough<T>(
  storage: KeyValueStorage,
  key: string,
  owner: string,
  load: () => Promise<T>,
  now: () => Date = () => new Date(),
): Promise<ReadThrough<T>> {
  try {
    const data = await load();
    safeSet(storage, key, { owner, at: now().toISOString(), data } satisfies Cached<T>);
    return { data, stale: false };
  } catch (error) {
    const cached = safeGet(storage, key) as Partial<Cached<T>> | null | undefined;
    if (cached && cached.owner === owner && cached.data !== undefined && typeof cached.at === 'string') {
      return { data: cached.data, stale: true, error, at: cached.at };
    }
    throw error;
  }
}
