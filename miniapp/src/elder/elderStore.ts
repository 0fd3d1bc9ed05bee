import type { KeyValueStorage } from '../tracker/storage';

export const elderModeStorageKey = 'ro.elderMode.v1';

export interface ElderStore {
  /** Whether elder mode is on (remembered on the device; off until the user turns it on). */
  get(): boolean;
  set(on: boolean): void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: (on: boolean) => void): () => void;
}

/**
 * Elder mode for every page of the app: one value, read from device storage once, written
 * back on each change and announced to the pages alive in the stack, so the landing page's
 * switch also changes a page opened from it. Storage failing (quota, private mode) keeps the
 * choice for this run only.
 */
export function createElderStore(storage: KeyValueStorage): ElderStore {
  let on: boolean | undefined;
  const listeners = new Set<(on: boolean) => void>();

  function get(): boolean {
    if (on === undefined) {
      try {
        on = storage.get(elderModeStorageKey) === true;
      } catch {
        on = false;
      }
    }
    return on;
  }

  function set(next: boolean): void {
    on = next;
    try {
      storage.set(elderModeStorageKey, next);
    } catch {
      // Kept in memory: the choice still holds until the app is closed.
    }
    for (const listener of [...listeners]) listener(next);
  }

  function subscribe(listener: (on: boolean) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { get, set, subscribe };
}
