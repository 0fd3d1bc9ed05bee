import { matches, sharerTagRule, visitorIdRule } from '@rights-outreach/shared';

/** The little the tracker needs from persistent storage (Taro storage, or a Map in tests). */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const storageKeys = {
  queue: 'ro.tracker.queue.v1',
  visitorId: 'ro.tracker.visitorId.v1',
  sharerTag: 'ro.tracker.sharerTag.v1',
  visitorSession: 'ro.tracker.visitorSession.v1',
} as const;

/**
 * The anonymous visitor id of this device, created on first use and kept in storage.
 * In H5 this random id is the only identity, so clearing site data or switching browsers
 * counts as a new person; in WeChat the batch also carries a visitor token naming the
 * person by openid, which is exact (see visitorIdentity.ts).
 */
export function loadOrCreateVisitorId(storage: KeyValueStorage, generate: () => string): string {
  return loadOrCreate(storage, storageKeys.visitorId, (value) => matches(visitorIdRule, value), generate);
}

/**
 * The anonymous tag this device puts in the cards it shares (`sh`), created on first use and
 * kept in storage, so every open a person's shares bring is credited to the same sharer.
 */
export function loadOrCreateSharerTag(storage: KeyValueStorage, generate: () => string): string {
  return loadOrCreate(storage, storageKeys.sharerTag, (value) => matches(sharerTagRule, value), generate);
}

function loadOrCreate(storage: KeyValueStorage, key: string, isValid: (value: unknown) => boolean, generate: () => string): string {
  const stored = safeGet(storage, key);
  if (isValid(stored)) return stored as string;
  const value = generate();
  safeSet(storage, key, value);
  return value;
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
