import { safeGet, safeSet, type KeyValueStorage } from '../tracker/storage';

/** Beyond this many entries, the oldest are forgotten (the server keeps the count). */
const maxRemembered = 100;

type Remembered = Record<string, string>;

export interface DeviceMemory {
  /** When this device did it for `id` (an event, a campaign), if it did. */
  at(id: string): string | null;
  remember(id: string, at: string): void;
}

/**
 * Things this device did once and should say so next time (报名成功, 感谢您的评价), kept in
 * device storage under `key` as id → ISO time, newest first, at most 100.
 */
export function deviceMemory(storage: KeyValueStorage, key: string): DeviceMemory {
  function read(): Remembered {
    const value = safeGet(storage, key);
    return typeof value === 'object' && value !== null ? (value as Remembered) : {};
  }
  return {
    at(id) {
      const at = read()[id];
      return typeof at === 'string' ? at : null;
    },
    remember(id, at) {
      const entries = Object.entries({ ...read(), [id]: at })
        .sort(([, a], [, b]) => b.localeCompare(a))
        .slice(0, maxRemembered);
      safeSet(storage, key, Object.fromEntries(entries));
    },
  };
}
