import { type CreateEventRequest, EventFieldsSchema, type OutreachEvent } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { IdempotencyConflictError } from '../../errors';
import { createEventRecord, type EventRecord, findEventRecord } from '../../repository/eventRepository';
import { checkEventFields, toOutreachEvent } from './eventScope';
import { requestHash } from './requestHash';

export interface CreateEventOutcome {
  event: OutreachEvent;
  /** False when this was a resend of a record already stored. */
  created: boolean;
}

/**
 * Logs an event under the phone's client id. The id is kept for as long as the event: the
 * same record sent again (offline queue, retry) returns what was stored; a different record
 * under an existing id is refused with IDEMPOTENCY_CONFLICT and changes nothing.
 */
export async function createEvent(principal: Principal, request: CreateEventRequest, now: Date): Promise<CreateEventOutcome> {
  const { clientId, ...input } = request;
  const fields = EventFieldsSchema.parse(input);
  const hash = requestHash(principal.employeeNo, request);

  const existing = await findEventRecord(clientId);
  if (existing) return replayed(existing, hash, clientId);

  const unit = await checkEventFields(principal, fields);
  const at = now.toISOString();
  const record: EventRecord = {
    ...fields,
    id: clientId,
    version: 1,
    unitName: unit.name,
    unitPath: unit.path,
    createdBy: principal.employeeNo,
    createdAt: at,
    updatedBy: principal.employeeNo,
    updatedAt: at,
    requestHash: hash,
  };
  const outcome = await createEventRecord(record, {
    version: 1,
    action: 'created',
    by: principal.employeeNo,
    at,
    changes: [],
  });
  if (outcome === 'exists') return replayed((await findEventRecord(clientId))!, hash, clientId);
  return { event: toOutreachEvent(record), created: true };
}

function replayed(existing: EventRecord, hash: string, clientId: string): CreateEventOutcome {
  if (existing.requestHash !== hash) throw new IdempotencyConflictError(clientId);
  return { event: toOutreachEvent(existing), created: false };
}
