import type { CreateEventRequest, DeleteEventRequest, UpdateEventRequest } from '@rights-outreach/shared';

/**
 * pending: waiting to be sent (also after a network failure: it is retried as it is).
 * sending: handed to the network; if the app dies now it stays `sending` in storage and is
 *          simply sent again on the next start (the server deduplicates on the record id).
 * failed:  the server refused it (400/403/404/409): kept, shown as 同步失败, until the
 *          person retries, edits or discards it.
 */
export type OutboxState = 'pending' | 'sending' | 'failed';

interface RecordBase {
  /** The id the server deduplicates on: `clientId` of a create, `mutationId` of an edit or deletion. */
  id: string;
  /** The event the record is about (for a create, the same as `id`). */
  eventId: string;
  /** 工号 of the account that made the change; records of another account wait for it. */
  owner: string;
  state: OutboxState;
  /** Times it was handed to the network. */
  attempts: number;
  /** Why the last attempt did not go through (Chinese, safe to show). */
  lastError?: { code: string; status: number; message: string };
  createdAt: string;
}

export type OutboxRecord =
  | (RecordBase & { kind: 'create'; payload: CreateEventRequest })
  | (RecordBase & { kind: 'update'; payload: UpdateEventRequest })
  | (RecordBase & { kind: 'delete'; payload: DeleteEventRequest });

export type OutboxKind = OutboxRecord['kind'];

const kinds: readonly string[] = ['create', 'update', 'delete'];
const states: readonly string[] = ['pending', 'sending', 'failed'];

/** Reads a stored outbox defensively: storage written by an older build may not match. */
export function parseStoredOutbox(value: unknown): OutboxRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isOutboxRecord);
}

function isOutboxRecord(value: unknown): value is OutboxRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<Record<keyof RecordBase | 'kind' | 'payload', unknown>>;
  return (
    typeof record.id === 'string' &&
    typeof record.eventId === 'string' &&
    typeof record.owner === 'string' &&
    typeof record.kind === 'string' &&
    kinds.includes(record.kind) &&
    typeof record.state === 'string' &&
    states.includes(record.state) &&
    typeof record.attempts === 'number' &&
    typeof record.createdAt === 'string' &&
    typeof record.payload === 'object' &&
    record.payload !== null
  );
}
