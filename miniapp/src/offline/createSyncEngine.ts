import type { CreateEventRequest, DeleteEventRequest, EventFields, OutreachEvent, UpdateEventRequest } from '@rights-outreach/shared';
import { formatLocalIso } from '../utils/formatLocalIso';
import { uuidV4 } from '../tracker/randomIds';
import { retryDelayMs } from '../retry/retryPolicy';
import { safeGet, type KeyValueStorage } from '../tracker/storage';
import { NotSignedInError, OutboxRecordNotFoundError, OutboxStorageError } from './errors';
import { describeFailure, failureAction } from './failurePolicy';
import { parseStoredOutbox, type OutboxRecord } from './outboxRecord';

export const outboxStorageKey = 'ro.outbox.v1';

/** The three calls the engine makes; each resolves with the server's event on 2xx
 * (201 or a 200 replay) and rejects with an error carrying `status` (0: no answer). */
export interface EventTransport {
  create(body: CreateEventRequest): Promise<OutreachEvent>;
  update(eventId: string, body: UpdateEventRequest): Promise<OutreachEvent>;
  remove(eventId: string, body: DeleteEventRequest): Promise<OutreachEvent>;
}

export interface SyncEngineOptions {
  storage: KeyValueStorage;
  transport: EventTransport;
  /** 工号 of the signed-in account, or null. Only its records are sent. */
  owner: () => string | null;
  /** Called with the server's copy of every event a record was delivered for. */
  onDelivered?: (event: OutreachEvent, record: OutboxRecord) => void;
  now?: () => Date;
  /** Record id generator (UUID v4): the server deduplicates on it forever. */
  newId?: () => string;
  retryBaseMs?: number;
  retryMaxMs?: number;
  random?: () => number;
  log?: (message: string, detail?: unknown) => void;
}

export interface SyncReport {
  /** Records delivered (and removed) by this pass. */
  delivered: number;
  /** Records the server refused in this pass (kept as 同步失败). */
  refused: number;
  /** Why the pass stopped before the end, if it did. */
  stoppedBy?: 'network' | 'signIn';
}

export interface SyncStatus {
  syncing: boolean;
  /** A 401 (or no session) stopped syncing; everything is kept until the person signs in. */
  signInRequired: boolean;
  /** When the next automatic attempt is due after network trouble. */
  retryAt?: string;
}

export interface SyncEngine {
  /** Queues a new event; `clientId` becomes its id. Throws OutboxStorageError if not saved. */
  enqueueCreate(fields: EventFields): OutboxRecord;
  /** Queues an edit (the whole field set). A refused create of that event is fixed in place. */
  enqueueUpdate(eventId: string, fields: EventFields): OutboxRecord;
  /** Queues a soft delete; an event the server never accepted is just dropped from the outbox. */
  enqueueDelete(eventId: string): OutboxRecord | null;
  /** Sends what is waiting, in order, one at a time. Never rejects. */
  sync(): Promise<SyncReport>;
  /** Puts a refused record back in line and syncs. */
  retry(recordId: string): Promise<SyncReport>;
  /** Explicitly gives up a refused record (and, for a create, the edits queued behind it). */
  discard(recordId: string): OutboxRecord[];
  records(): readonly OutboxRecord[];
  status(): SyncStatus;
  /** Called after every change of records or status; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const defaults = { retryBaseMs: 5_000, retryMaxMs: 10 * 60 * 1000 };

/**
 * The outbox of event changes and the engine that delivers them. Every change is persisted
 * before anything is sent, and removed only when the server acknowledged it. Records go
 * in order, one at a time; a record waits behind an undelivered earlier record of the same
 * event (an edit never overtakes its create). Resending is always safe: the server
 * deduplicates on the record id for as long as the data lives.
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { storage, transport, owner } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => uuidV4());
  const retryBaseMs = options.retryBaseMs ?? defaults.retryBaseMs;
  const retryMaxMs = options.retryMaxMs ?? defaults.retryMaxMs;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[outbox] ${message}`, detail ?? ''));

  let records: OutboxRecord[] = parseStoredOutbox(safeGet(storage, outboxStorageKey));
  let inFlight: Promise<SyncReport> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryAt: Date | null = null;
  let failures = 0;
  let signInRequired = false;
  const listeners = new Set<() => void>();

  function notify(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        log('listener failed', error);
      }
    }
  }

  /** Writes the outbox; a user's own change must not be acknowledged unless this succeeded. */
  function write(next: OutboxRecord[]): boolean {
    try {
      storage.set(outboxStorageKey, next);
      return true;
    } catch (error) {
      log('could not persist the outbox', error);
      return false;
    }
  }

  /** State changes during a sync: kept in memory even if storage fails for a moment. */
  function commit(next: OutboxRecord[]): void {
    records = next;
    write(next);
    notify();
  }

  /** The person's own change: saved, or an OutboxStorageError and nothing changed. */
  function commitOrThrow(next: OutboxRecord[]): void {
    if (!write(next)) throw new OutboxStorageError(new Error('storage write failed'));
    records = next;
    notify();
  }

  function patch(id: string, changes: Partial<Pick<OutboxRecord, 'state' | 'attempts' | 'lastError'>>): void {
    commit(records.map((record) => (record.id === id ? ({ ...record, ...changes } as OutboxRecord) : record)));
  }

  function signedInOwner(): string {
    const account = owner();
    if (!account) throw new NotSignedInError();
    return account;
  }

  function base(id: string, eventId: string) {
    return { id, eventId, owner: signedInOwner(), state: 'pending' as const, attempts: 0, createdAt: formatLocalIso(now()) };
  }

  function afterEnqueue(): void {
    void sync();
  }

  function enqueueCreate(fields: EventFields): OutboxRecord {
    const clientId = newId();
    const record: OutboxRecord = { ...base(clientId, clientId), kind: 'create', payload: { ...fields, clientId } };
    commitOrThrow([...records, record]);
    afterEnqueue();
    return record;
  }

  function enqueueUpdate(eventId: string, fields: EventFields): OutboxRecord {
    const refusedCreate = records.find((r) => r.kind === 'create' && r.eventId === eventId && r.state === 'failed');
    if (refusedCreate) {
      // The server never stored it: fix the create in place (same clientId, same place in line).
      // Edits queued behind it carried older versions of these same fields.
      const fixed: OutboxRecord = {
        ...refusedCreate,
        kind: 'create',
        payload: { ...fields, clientId: eventId },
        state: 'pending',
        lastError: undefined,
      };
      commitOrThrow(
        records.filter((r) => !(r.eventId === eventId && r.kind === 'update')).map((r) => (r.id === refusedCreate.id ? fixed : r)),
      );
      afterEnqueue();
      return fixed;
    }
    // An edit carries every field, so it supersedes refused edits of the same event.
    const mutationId = newId();
    const record: OutboxRecord = { ...base(mutationId, eventId), kind: 'update', payload: { ...fields, mutationId } };
    commitOrThrow([...records.filter((r) => !(r.eventId === eventId && r.kind === 'update' && r.state === 'failed')), record]);
    afterEnqueue();
    return record;
  }

  function enqueueDelete(eventId: string): OutboxRecord | null {
    const create = records.find((r) => r.kind === 'create' && r.eventId === eventId);
    // Refused (not 409: a conflict means the server holds an event under this id) → never stored.
    if (create && create.state === 'failed' && create.lastError?.status !== 409) {
      commitOrThrow(records.filter((r) => r.eventId !== eventId));
      return null;
    }
    const mutationId = newId();
    const record: OutboxRecord = { ...base(mutationId, eventId), kind: 'delete', payload: { mutationId } };
    commitOrThrow([...records, record]);
    afterEnqueue();
    return record;
  }

  /**
   * The first record that may go now: not refused, the signed-in account's, and not behind
   * an undelivered record of the same event (held back records block their event only).
   */
  function nextToSend(account: string, tried: ReadonlySet<string>): OutboxRecord | null {
    const blocked = new Set<string>();
    for (const record of records) {
      if (record.state !== 'failed' && record.owner === account && !blocked.has(record.eventId) && !tried.has(record.id)) {
        return record;
      }
      blocked.add(record.eventId);
    }
    return null;
  }

  function deliver(record: OutboxRecord): Promise<OutreachEvent> {
    switch (record.kind) {
      case 'create':
        return transport.create(record.payload);
      case 'update':
        return transport.update(record.eventId, record.payload);
      case 'delete':
        return transport.remove(record.eventId, record.payload);
    }
  }

  function scheduleRetry(): void {
    cancelRetry();
    const delay = retryDelayMs(failures, retryBaseMs, retryMaxMs, options.random);
    retryAt = new Date(now().getTime() + delay);
    timer = setTimeout(() => {
      timer = null;
      retryAt = null;
      void sync();
    }, delay);
  }

  function cancelRetry(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    retryAt = null;
  }

  async function pass(): Promise<SyncReport> {
    const report: SyncReport = { delivered: 0, refused: 0 };
    const tried = new Set<string>();
    for (;;) {
      const account = owner();
      if (!account) {
        signInRequired = records.some((r) => r.state !== 'failed');
        if (signInRequired) report.stoppedBy = 'signIn';
        return report;
      }
      const record = nextToSend(account, tried);
      if (!record) return report;
      tried.add(record.id);
      // Persisted before the request: a kill from here on leaves `sending`, which is sent again.
      patch(record.id, { state: 'sending', attempts: record.attempts + 1 });
      try {
        const event = await deliver(record);
        failures = 0;
        commit(records.filter((r) => r.id !== record.id));
        report.delivered += 1;
        try {
          options.onDelivered?.(event, record);
        } catch (error) {
          log('onDelivered failed', error);
        }
      } catch (error) {
        const action = failureAction(error);
        const lastError = describeFailure(error);
        if (action === 'rejected') {
          patch(record.id, { state: 'failed', lastError });
          report.refused += 1;
          continue;
        }
        patch(record.id, { state: 'pending', lastError });
        if (action === 'signIn') {
          signInRequired = true;
          report.stoppedBy = 'signIn';
          return report;
        }
        failures += 1;
        scheduleRetry();
        report.stoppedBy = 'network';
        return report;
      }
    }
  }

  function sync(): Promise<SyncReport> {
    if (inFlight) return inFlight;
    cancelRetry();
    signInRequired = false;
    inFlight = pass()
      .catch((error: unknown): SyncReport => {
        log('sync failed', error);
        return { delivered: 0, refused: 0 };
      })
      .finally(() => {
        inFlight = null;
        notify();
      });
    notify();
    return inFlight;
  }

  function retry(recordId: string): Promise<SyncReport> {
    const record = records.find((r) => r.id === recordId);
    if (!record) throw new OutboxRecordNotFoundError(recordId);
    if (record.state === 'failed')
      commitOrThrow(records.map((r) => (r.id === recordId ? { ...r, state: 'pending', lastError: undefined } : r)));
    return sync();
  }

  function discard(recordId: string): OutboxRecord[] {
    const record = records.find((r) => r.id === recordId);
    // Only what the server refused may be given up, and only on purpose.
    if (!record || record.state !== 'failed') throw new OutboxRecordNotFoundError(recordId);
    const dropped = record.kind === 'create' ? records.filter((r) => r.eventId === record.eventId) : [record];
    const ids = new Set(dropped.map((r) => r.id));
    commitOrThrow(records.filter((r) => !ids.has(r.id)));
    return dropped;
  }

  return {
    enqueueCreate,
    enqueueUpdate,
    enqueueDelete,
    sync,
    retry,
    discard,
    records: () => records,
    status: () => ({
      syncing: inFlight !== null,
      signInRequired,
      ...(retryAt ? { retryAt: formatLocalIso(retryAt) } : {}),
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
