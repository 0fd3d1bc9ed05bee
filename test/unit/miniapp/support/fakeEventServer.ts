import {
  CreateEventRequestSchema,
  DeleteEventRequestSchema,
  UpdateEventRequestSchema,
  userMessageOf,
  type CreateEventRequest,
  type DeleteEventRequest,
  type ErrorCode,
  type EventFields,
  type OutreachEvent,
  type UpdateEventRequest,
} from '@rights-outreach/shared';
import type { EventTransport } from '../../../../miniapp/src/offline/createSyncEngine';

/** Shaped like the app's ApiError: what the engine reads. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
  }
  get userMessage(): string {
    return userMessageOf(this.code);
  }
}

export interface ServerCall {
  kind: 'create' | 'update' | 'delete';
  eventId: string;
  /** clientId or mutationId */
  recordId: string;
}

/**
 * How the next calls go:
 * - up: stored and answered.
 * - down: no answer at all, nothing stored (no signal).
 * - hang: no answer ever, nothing stored — the app is killed while waiting.
 * - hangAfterStoring: stored, but the answer never arrives — killed just after the server committed.
 */
export type ServerMode = 'up' | 'down' | 'hang' | 'hangAfterStoring';

/**
 * The API's events endpoints as the contract describes them, in memory: creates deduplicated
 * on `clientId` and edits on `mutationId` forever (same body → the stored answer; another
 * body → 409 IDEMPOTENCY_CONFLICT).
 */
export function fakeEventServer() {
  const events = new Map<string, OutreachEvent>();
  const seen = new Map<string, { body: string; result: OutreachEvent }>();
  /** Every request that reached the server. */
  const calls: ServerCall[] = [];
  /** Every change the server actually applied (a replay applies nothing). */
  const applied: ServerCall[] = [];
  let mode: ServerMode = 'up';
  /** Answers chosen per record id, e.g. a 403 for one event. */
  const refusals = new Map<string, FakeApiError>();
  let nextFailure: FakeApiError | null = null;

  function handle(call: ServerCall, body: object, apply: () => OutreachEvent): Promise<OutreachEvent> {
    if (mode === 'down') return Promise.reject(new FakeApiError(0, 'NETWORK_UNAVAILABLE'));
    if (mode === 'hang') return new Promise(() => undefined);
    calls.push(call);
    if (nextFailure) {
      const failure = nextFailure;
      nextFailure = null;
      return Promise.reject(failure);
    }
    const refusal = refusals.get(call.recordId) ?? refusals.get(call.eventId);
    if (refusal) return Promise.reject(refusal);
    const key = JSON.stringify(body);
    const earlier = seen.get(call.recordId);
    let result: OutreachEvent;
    if (earlier) {
      if (earlier.body !== key) return Promise.reject(new FakeApiError(409, 'IDEMPOTENCY_CONFLICT'));
      result = earlier.result;
    } else {
      result = apply();
      seen.set(call.recordId, { body: key, result });
      applied.push(call);
    }
    if (mode === 'hangAfterStoring') return new Promise(() => undefined);
    return Promise.resolve(structuredClone(result));
  }

  function stamp(fields: EventFields, id: string, previous?: OutreachEvent): OutreachEvent {
    const at = new Date().toISOString();
    return {
      ...fields,
      id,
      version: (previous?.version ?? 0) + 1,
      unitName: '番禺支公司',
      createdBy: previous?.createdBy ?? 'S1001',
      createdAt: previous?.createdAt ?? at,
      updatedBy: 'S1001',
      updatedAt: at,
    };
  }

  const transport: EventTransport = {
    create(body: CreateEventRequest) {
      CreateEventRequestSchema.parse(body);
      const { clientId, ...fields } = body;
      return handle({ kind: 'create', eventId: clientId, recordId: clientId }, body, () => {
        const event = stamp(fields, clientId);
        events.set(clientId, event);
        return event;
      });
    },
    update(eventId: string, body: UpdateEventRequest) {
      UpdateEventRequestSchema.parse(body);
      const { mutationId, ...fields } = body;
      return handle({ kind: 'update', eventId, recordId: mutationId }, body, () => {
        const previous = events.get(eventId);
        if (!previous) throw new FakeApiError(404, 'EVENT_NOT_FOUND');
        const event = stamp(fields, eventId, previous);
        events.set(eventId, event);
        return event;
      });
    },
    remove(eventId: string, body: DeleteEventRequest) {
      DeleteEventRequestSchema.parse(body);
      return handle({ kind: 'delete', eventId, recordId: body.mutationId }, body, () => {
        const previous = events.get(eventId);
        if (!previous) throw new FakeApiError(404, 'EVENT_NOT_FOUND');
        const event = { ...previous, version: previous.version + 1, deletedAt: new Date().toISOString() };
        events.set(eventId, event);
        return event;
      });
    },
  };

  return {
    transport,
    events,
    calls,
    applied,
    setMode(next: ServerMode) {
      mode = next;
    },
    /** Refuses every record of an event (or one record) with this error until cleared. */
    refuse(id: string, status: number, code: ErrorCode) {
      refusals.set(id, new FakeApiError(status, code));
    },
    accept(id: string) {
      refusals.delete(id);
    },
    /** The next request that reaches the server fails with this answer. */
    failNext(status: number, code: ErrorCode) {
      nextFailure = new FakeApiError(status, code);
    },
  };
}
