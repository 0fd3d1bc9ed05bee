import type { OutreachEvent } from '@rights-outreach/shared';
import { safeGet, safeSet, type KeyValueStorage } from '../tracker/storage';

export const eventCacheStorageKey = 'ro.events.cache.v1';

/** Beyond this many, the least recently changed events are forgotten. */
const maxCachedEvents = 300;

interface StoredCache {
  /** The account whose scope these events were read with. */
  owner: string;
  events: Record<string, OutreachEvent>;
}

export interface EventCache {
  /** Every remembered event (the signed-in account's, never another account's). */
  all(): OutreachEvent[];
  get(id: string): OutreachEvent | undefined;
  /** Remembers the server's copy of one event (a deleted one is forgotten). */
  put(event: OutreachEvent): void;
  /** Replaces what is remembered for one list query with the server's answer to it. */
  putList(query: { campaignCode: string; mine: boolean }, events: readonly OutreachEvent[]): void;
}

/**
 * The last known server copy of events, kept on the phone so the lists, the form and the
 * detail page still show them without signal. The server stays the truth: every successful
 * read replaces what it covers.
 */
export function createEventCache(storage: KeyValueStorage, owner: () => string | null): EventCache {
  function read(): Record<string, OutreachEvent> {
    const account = owner();
    const stored = safeGet(storage, eventCacheStorageKey) as Partial<StoredCache> | null | undefined;
    if (!account || !stored || stored.owner !== account || typeof stored.events !== 'object' || stored.events === null) return {};
    return stored.events;
  }

  function write(events: Record<string, OutreachEvent>): void {
    const account = owner();
    if (!account) return;
    const kept = Object.values(events)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, maxCachedEvents);
    safeSet(storage, eventCacheStorageKey, { owner: account, events: Object.fromEntries(kept.map((e) => [e.id, e])) });
  }

  return {
    all: () => Object.values(read()),
    get: (id) => read()[id],
    put(event) {
      const events = { ...read() };
      if (event.deletedAt) delete events[event.id];
      else events[event.id] = event;
      write(events);
    },
    putList({ campaignCode, mine }, list) {
      const account = owner();
      const covered = (e: OutreachEvent) => e.campaignCode === campaignCode && (!mine || e.createdBy === account);
      const events = Object.fromEntries(Object.entries(read()).filter(([, e]) => !covered(e)));
      for (const event of list) if (!event.deletedAt) events[event.id] = event;
      write(events);
    },
  };
}
