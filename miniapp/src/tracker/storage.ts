import { VisitorIdSchema } from '@rights-outreach/shared';

/** The little the tracker needs from persistent storage (Taro storage, or a Map in tests). */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const storageKeys = {
  queue: 'ro.tracker.queue.v1',
  visitorId: 'ro.tracker.visitorId.v1',
} as const;

/**
 * The anonymous visitor id of this device, created on first use and kept in storage.
 * In H5 this random id is the only identity, so clearing site data or switching browsers
 * counts as a new person; the mini-program will add the WeChat openid later, which is exact.
 */
export function loadOrCreateVisitorId(storage: KeyValueStorage, generate: () => string): string {
  const stored = safeGet(storage, storageKeys.visitorId);
  if (VisitorIdSchema.safeParse(stored).success) return stored as string;
  const id = generate();
  safeSet(storage, storageKeys.visitorId, id);
  return id;
}

/** Storage can throw (quota, private mode); the tracker must carry on in memory. */
export function safeGet(storage: KeyValueStorage, key: string): unknown {
  try {
    return storage.get(key);
  } catch {
    return undefined;
  }
}

export function safeSet(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.set(key, value);
    return true;
  } catch {
    return false;
  }
}
