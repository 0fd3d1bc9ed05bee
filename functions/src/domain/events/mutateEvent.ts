import type { EventChange, EventHistoryEntry, OutreachEvent } from '@rights-outreach/shared';
import { inScope, type Principal } from '../../auth/principal';
import { EventNotFoundError, ForbiddenError, IdempotencyConflictError, ServiceUnavailableError } from '../../errors';
import { applyEventMutation, type EventRecord, findEventRecord, findMutation } from '../../repository/eventRepository';
import { toOutreachEvent } from './eventScope';
import { canonicalJson, requestHash } from './requestHash';

export interface Mutation {
  mutationId: string;
  /** The request as sent, for telling a resend from a different request. */
  body: unknown;
  action: EventHistoryEntry['action'];
  /**
   * The new state from the current one, after checking the caller may do this
   * (throws to refuse); null when there is nothing to change.
   */
  apply: (current: EventRecord) => Promise<EventRecord | null>;
}

const maxAttempts = 5;

/**
 * Applies an edit or deletion exactly once per mutation id, for as long as the event lives:
 * a resend returns the event as it is now; a different request under a used id is refused.
 * Concurrent edits are applied one after the other (the later wins; history keeps both).
 */
export async function mutateEvent(principal: Principal, eventId: string, mutation: Mutation, now: Date): Promise<OutreachEvent> {
  const hash = requestHash(principal.employeeNo, { eventId, body: mutation.body });
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const done = await findMutation(mutation.mutationId);
    if (done) {
      if (done.requestHash !== hash || done.eventId !== eventId) throw new IdempotencyConflictError(mutation.mutationId);
      return toOutreachEvent(await visibleEvent(principal, eventId, { includeDeleted: true }));
    }

    const current = await visibleEvent(principal, eventId, { includeDeleted: mutation.action === 'deleted' });
    const next = await mutation.apply(current);
    if (!next) return toOutreachEvent(current);
    const at = now.toISOString();
    const version = current.version + 1;
    const updated: EventRecord = { ...next, version, updatedBy: principal.employeeNo, updatedAt: at };
    const outcome = await applyEventMutation({
      mutation: { mutationId: mutation.mutationId, eventId, requestHash: hash, version },
      event: updated,
      expectedVersion: current.version,
      history: { version, action: mutation.action, by: principal.employeeNo, at, changes: diff(current, updated) },
    });
    if (outcome === 'applied') return toOutreachEvent(updated);
    // A concurrent resend won ('mutation-exists') or someone else edited ('version-changed'): look again.
  }
  throw new ServiceUnavailableError(new Error(`event ${eventId} kept changing`));
}

async function visibleEvent(principal: Principal, id: string, options: { includeDeleted: boolean }): Promise<EventRecord> {
  const event = await findEventRecord(id);
  if (!event || (event.deletedAt && !options.includeDeleted)) throw new EventNotFoundError(id);
  if (!inScope(principal, event.unitPath)) throw new ForbiddenError('This event belongs to a unit outside yours');
  return event;
}

const bookkeeping = new Set(['version', 'updatedBy', 'updatedAt', 'requestHash', 'unitPath']);

/** Which fields changed, from → to, for the history. */
export function diff(before: EventRecord, after: EventRecord): EventChange[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => !bookkeeping.has(field) && canonicalJson(a[field]) !== canonicalJson(b[field]))
    .sort()
    .map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}
