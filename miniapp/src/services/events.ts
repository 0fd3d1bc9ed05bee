import {
  metricNames,
  type Metrics,
  type CreateEventRequest,
  type DeleteEventRequest,
  type EventDetail,
  type EventTotals,
  type OutreachEvent,
  type PublicEventView,
  type UpdateEventRequest,
} from '@rights-outreach/shared';
import { downloadAuthorized, requestJson, segment } from './http';

function isEvent(body: unknown): body is OutreachEvent {
  const event = body as Partial<OutreachEvent> | null;
  return typeof event?.id === 'string' && typeof event.title === 'string' && typeof event.version === 'number';
}

function isEventList(body: unknown): body is { events: OutreachEvent[] } {
  const list = (body as { events?: unknown } | null)?.events;
  return Array.isArray(list) && list.every(isEvent);
}

function isEventDetail(body: unknown): body is EventDetail {
  const detail = body as Partial<EventDetail> | null;
  return isEvent(detail?.event) && Array.isArray(detail?.history);
}

function isEventTotals(body: unknown): body is EventTotals {
  const eventTotals = body as Partial<EventTotals> | null;
  const metrics = eventTotals?.totals as Partial<Metrics> | undefined;
  return typeof eventTotals?.eventId === 'string' && metricNames.every((name) => typeof metrics?.[name] === 'number');
}

function isPublicEvent(body: unknown): body is PublicEventView {
  const event = body as Partial<PublicEventView> | null;
  return typeof event?.id === 'string' && typeof event.title === 'string' && typeof event.startAt === 'string';
}

/** Events of a campaign in the caller's subtree, newest start first; `mine`: logged by the caller. */
export async function listEvents(query: { campaignCode: string; mine: boolean }): Promise<OutreachEvent[]> {
  const mine = query.mine ? '&mine=true' : '';
  return (await requestJson('GET', `/events?campaign=${segment(query.campaignCode)}${mine}`, isEventList)).events;
}

/** One event with its edit history. */
export function getEventDetail(id: string): Promise<EventDetail> {
  return requestJson('GET', `/events/${segment(id)}`, isEventDetail);
}

/** What the event's QR code brought: views, distinct visitors, check-ins, shares and more (every metric). */
export function getEventTotals(id: string): Promise<EventTotals> {
  return requestJson('GET', `/events/${segment(id)}/totals`, isEventTotals);
}

/** What a consumer who scanned the event's code sees of it (public). */
export function getPublicEvent(id: string): Promise<PublicEventView> {
  return requestJson('GET', `/public/events/${segment(id)}`, isPublicEvent);
}

// The three writes are called by the outbox's sync engine only: pages queue, never post.

export function createEvent(request: CreateEventRequest): Promise<OutreachEvent> {
  return requestJson('POST', '/events', isEvent, request);
}

export function updateEvent(id: string, request: UpdateEventRequest): Promise<OutreachEvent> {
  return requestJson('PUT', `/events/${segment(id)}`, isEvent, request);
}

export function deleteEvent(id: string, request: DeleteEventRequest): Promise<OutreachEvent> {
  return requestJson('POST', `/events/${segment(id)}/delete`, isEvent, request);
}

/** The event's QR code (PNG) as a local file path (weapp) or object URL (H5), ready to draw. */
export function downloadEventQr(id: string): Promise<string> {
  return downloadAuthorized(`/events/${segment(id)}/qr?format=png`);
}
