import type {
  CreateEventRequest,
  DeleteEventRequest,
  EventDetail,
  EventTotals,
  OutreachEvent,
  PublicEventView,
  UpdateEventRequest,
} from '@rights-outreach/shared';
import { apiPath, callApi } from './api';
import { downloadAuthorized } from './http';

/** Events of a campaign in the caller's subtree, newest start first; `mine`: logged by the caller. */
export async function listEvents(query: { campaignCode: string; mine: boolean }): Promise<OutreachEvent[]> {
  const answer = await callApi('listEvents', { query: { campaign: query.campaignCode, mine: query.mine ? 'true' : undefined } });
  return answer.events;
}

/** One event with its edit history. */
export function getEventDetail(id: string): Promise<EventDetail> {
  return callApi('getEvent', { params: { id } });
}

/** What the event's QR code brought: views, distinct visitors, check-ins, shares and more (every metric). */
export function getEventTotals(id: string): Promise<EventTotals> {
  return callApi('getEventTotals', { params: { id } });
}

/** What a consumer who scanned the event's code sees of it (public). */
export function getPublicEvent(id: string): Promise<PublicEventView> {
  return callApi('getPublicEvent', { params: { id } });
}

// The three writes are called by the outbox's sync engine only: pages queue, never post.

export function createEvent(request: CreateEventRequest): Promise<OutreachEvent> {
  return callApi('createEvent', { body: request });
}

export function updateEvent(id: string, request: UpdateEventRequest): Promise<OutreachEvent> {
  return callApi('updateEvent', { params: { id }, body: request });
}

export function deleteEvent(id: string, request: DeleteEventRequest): Promise<OutreachEvent> {
  return callApi('deleteEvent', { params: { id }, body: request });
}

/** The event's QR code (PNG) as a local file path (weapp) or object URL (H5), ready to draw. */
export function downloadEventQr(id: string): Promise<string> {
  return downloadAuthorized(apiPath('getEventQr', { params: { id }, query: { format: 'png' } }));
}
