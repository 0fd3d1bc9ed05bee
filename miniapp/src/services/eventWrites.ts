import type { CreateEventRequest, DeleteEventRequest, OutreachEvent, UpdateEventRequest } from '@rights-outreach/shared';
import { callPublicApi } from './publicApi';

// Called by the outbox's sync engine only (pages queue, never post). The engine starts with the
// app (app.ts), so these live in the main package and use its zod-free client (publicApi.ts).

export function createEvent(request: CreateEventRequest): Promise<OutreachEvent> {
  return callPublicApi('createEvent', { body: request });
}

export function updateEvent(id: string, request: UpdateEventRequest): Promise<OutreachEvent> {
  return callPublicApi('updateEvent', { params: { id }, body: request });
}

export function deleteEvent(id: string, request: DeleteEventRequest): Promise<OutreachEvent> {
  return callPublicApi('deleteEvent', { params: { id }, body: request });
}
