import type { EventFields, OutreachEvent } from '@rights-outreach/shared';
import type { OutboxRecord, OutboxState } from './outboxRecord';

/** Where an event's changes stand on this phone, while any is still in the outbox. */
export interface EventSync {
  /** The most urgent state among its records: failed, then sending, then pending. */
  state: OutboxState;
  /** Why the refused record was refused (Chinese). */
  message?: string;
  /** The refused record, for retry / discard. */
  failedRecordId?: string;
  /** True while the server has never acknowledged the event itself (its create is queued). */
  unsyncedCreate: boolean;
  /** A deletion is queued. */
  deleting: boolean;
}

/** An event as this phone sees it: the server's copy with queued changes applied. */
export type LocalEvent = EventFields & {
  id: string;
  /** From the server; absent while the event exists only on this phone. */
  server?: Omit<OutreachEvent, keyof EventFields | 'id'>;
  sync?: EventSync;
};

const urgency: Record<OutboxState, number> = { pending: 0, sending: 1, failed: 2 };

function fieldsOf(payload: EventFields & { clientId?: string; mutationId?: string }): EventFields {
  const { clientId: _clientId, mutationId: _mutationId, ...fields } = payload;
  return fields;
}

function fromServer(event: OutreachEvent): LocalEvent {
  // Everything the server adds goes to `server`: the rest is sent back as an edit's fields, which
  // the API's strict schema checks (a stray createdByName was refused as VALIDATION_FAILED).
  const { id, version, unitName, createdBy, createdByName, createdAt, updatedBy, updatedAt, deletedAt, ...fields } = event;
  const server = {
    version,
    unitName,
    createdBy,
    ...(createdByName ? { createdByName } : {}),
    createdAt,
    updatedBy,
    updatedAt,
    ...(deletedAt ? { deletedAt } : {}),
  };
  return { ...fields, id, server };
}

function withRecord(sync: EventSync | undefined, record: OutboxRecord): EventSync {
  const state = !sync || urgency[record.state] > urgency[sync.state] ? record.state : sync.state;
  // The first refused record is the one that holds the others back: show its reason.
  const firstRefusal = record.state === 'failed' && sync?.state !== 'failed';
  return {
    state,
    message: firstRefusal ? record.lastError?.message : sync?.message,
    failedRecordId: firstRefusal ? record.id : sync?.failedRecordId,
    unsyncedCreate: (sync?.unsyncedCreate ?? false) || record.kind === 'create',
    deleting: (sync?.deleting ?? false) || record.kind === 'delete',
  };
}

/**
 * The server's events with the outbox applied in order: queued creates appear, queued edits
 * overlay their event, queued deletions hide it. Events deleted on the server are left out.
 * Only `account`'s records are applied: another account's queued work is not theirs to see.
 */
export function applyOutbox(events: readonly OutreachEvent[], records: readonly OutboxRecord[], account: string): LocalEvent[] {
  const byId = new Map<string, LocalEvent>();
  for (const event of events) byId.set(event.id, fromServer(event));
  for (const record of records) {
    if (record.owner !== account) continue;
    const current = byId.get(record.eventId);
    if (record.kind === 'create') {
      // Already on the server (delivered, but the app died before it could forget the record):
      // the queued fields are the newest this phone knows.
      // The queued fields replace the known ones whole (an online event has none of an offline one's).
      const server = current?.server ? { server: current.server } : {};
      byId.set(record.eventId, { ...fieldsOf(record.payload), ...server, id: record.eventId, sync: withRecord(current?.sync, record) });
    } else if (current) {
      const base =
        record.kind === 'update'
          ? { ...fieldsOf(record.payload), id: current.id, ...(current.server ? { server: current.server } : {}) }
          : current;
      byId.set(record.eventId, { ...base, sync: withRecord(current.sync, record) });
    }
  }
  return [...byId.values()].filter((event) => !event.server?.deletedAt);
}

/** Events of one campaign, as the list shows them: newest start first, queued deletions hidden. */
export function selectForList(
  events: readonly LocalEvent[],
  query: { campaignCode: string; mine: boolean; account: string },
): LocalEvent[] {
  return events
    .filter((e) => e.campaignCode === query.campaignCode && !e.sync?.deleting)
    .filter((e) => !query.mine || e.server === undefined || e.server.createdBy === query.account)
    .sort((a, b) => Date.parse(b.startAt) - Date.parse(a.startAt) || a.id.localeCompare(b.id));
}

/** One event as the phone sees it, or null when neither the server copy nor the outbox knows it. */
export function localEvent(
  id: string,
  server: OutreachEvent | undefined,
  records: readonly OutboxRecord[],
  account: string,
): LocalEvent | null {
  const related = records.filter((r) => r.eventId === id);
  const [event] = applyOutbox(server ? [server] : [], related, account);
  return event ?? null;
}

/** The event's own fields (what an edit sends), without the server's and the phone's bookkeeping. */
export function eventFieldsOf(event: LocalEvent): EventFields {
  const { id: _id, server: _server, sync: _sync, ...fields } = event;
  return fields;
}
