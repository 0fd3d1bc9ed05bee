import type { KeyValueStorage } from '../../../../miniapp/src/tracker/storage';

/** Storage that round-trips through JSON, as WeChat and localStorage do. */
export function memoryStorage(): KeyValueStorage & { raw: Map<string, string>; failWrites: boolean } {
  const raw = new Map<string, string>();
  const storage = {
    raw,
    failWrites: false,
    get: (key: string) => (raw.has(key) ? JSON.parse(raw.get(key)!) : ''),
    set(key: string, value: unknown) {
      if (storage.failWrites) throw new Error('setStorageSync:fail exceed storage max size');
      raw.set(key, JSON.stringify(value));
    },
  };
  return storage;
}
