import Taro from '@tarojs/taro';
import { getSession } from '../auth/session';
import { deviceStorage } from '../services/deviceStorage';
import { createEvent, deleteEvent, updateEvent } from '../services/eventWrites';
import { createEventCache, type EventCache } from './eventCache';
import { createSyncEngine, type SyncEngine } from './createSyncEngine';

export type { SyncEngine, SyncStatus } from './createSyncEngine';
export type { OutboxRecord } from './outboxRecord';

const currentAccount = (): string | null => getSession()?.account.employeeNo ?? null;

let cache: EventCache | null = null;
let engine: SyncEngine | null = null;
let triggersStarted = false;

/** The last known server copy of events (created on first use: storage is only safe at runtime). */
export function getEventCache(): EventCache {
  cache ??= createEventCache(deviceStorage, currentAccount);
  return cache;
}

/** The app's one outbox of event changes. */
export function getOutbox(): SyncEngine {
  engine ??= createSyncEngine({
    storage: deviceStorage,
    owner: currentAccount,
    transport: { create: createEvent, update: updateEvent, remove: deleteEvent },
    onDelivered: (event) => getEventCache().put(event),
  });
  return engine;
}

/**
 * Sends what is waiting now and whenever the phone gets a connection back. Called at app
 * start; cheap when the outbox is empty (a consumer's phone never has anything in it).
 */
export function startOutboxSync(): void {
  const outbox = getOutbox();
  if (outbox.records().length > 0) void outbox.sync();
  if (triggersStarted) return;
  triggersStarted = true;
  const onReconnect = () => {
    if (getOutbox().records().length > 0) void getOutbox().sync();
  };
  try {
    Taro.onNetworkStatusChange(({ isConnected }) => {
      if (isConnected) onReconnect();
    });
    // Browsers report reconnects as `online`; Taro's H5 network API only follows connection type changes.
    if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') window.addEventListener('online', onReconnect);
  } catch (error) {
    // Without the listener, app start, page shows and 立即同步 still sync: never break the app for it.
    console.warn('[outbox] no network status events', error);
  }
}
