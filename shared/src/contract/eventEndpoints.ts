import {
  CreateEventRequestSchema,
  DeleteEventRequestSchema,
  EventDetailSchema,
  EventListQuerySchema,
  EventListSchema,
  EventQrQuerySchema,
  OutreachEventSchema,
  UpdateEventRequestSchema,
} from '../schemas/event';
import { SignupSummarySchema } from '../schemas/signup';
import { EventTotalsSchema } from '../schemas/totals';
import { adminOnly, eventWriters, signedIn } from './access';
import { endpoint, fileResponse } from './endpoint';
import { eventIdParam } from './params';

export const listEvents = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events',
  summary: 'Events of a campaign in the caller’s subtree, newest start first',
  access: signedIn,
  query: EventListQuerySchema,
  responses: { 200: EventListSchema },
});

export const createEvent = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/events',
  summary: 'Logs an event; the same clientId again answers the stored one (200)',
  access: eventWriters,
  body: CreateEventRequestSchema,
  responses: { 201: OutreachEventSchema, 200: OutreachEventSchema },
});

export const getEvent = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events/{id}',
  summary: 'An event and its history',
  access: signedIn,
  params: { id: eventIdParam },
  responses: { 200: EventDetailSchema },
});

export const updateEvent = /* @__PURE__ */ endpoint({
  method: 'PUT',
  path: '/events/{id}',
  summary: 'Replaces an event’s fields, once per mutationId',
  access: eventWriters,
  params: { id: eventIdParam },
  body: UpdateEventRequestSchema,
  responses: { 200: OutreachEventSchema },
});

export const deleteEvent = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/events/{id}/delete',
  summary: 'Soft-deletes an event (its creator or an admin)',
  access: eventWriters,
  params: { id: eventIdParam },
  body: DeleteEventRequestSchema,
  responses: { 200: OutreachEventSchema },
});

export const getEventQr = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events/{id}/qr',
  summary: 'The QR code of an event’s landing link',
  access: signedIn,
  params: { id: eventIdParam },
  query: EventQrQuerySchema,
  responses: { 200: /* @__PURE__ */ fileResponse(['image/png', 'image/svg+xml'], 'The QR code image') },
});

export const getEventTotals = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events/{id}/totals',
  summary: 'Every metric of one event',
  access: signedIn,
  params: { id: eventIdParam },
  responses: { 200: EventTotalsSchema },
});

export const getSignupSummary = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events/{id}/signups',
  summary: 'How many signed up for an event (numbers only)',
  access: signedIn,
  params: { id: eventIdParam },
  responses: { 200: SignupSummarySchema },
});

export const exportSignups = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/events/{id}/signups/export',
  summary: 'The sign-up list with names and phones, decrypted, as CSV',
  access: adminOnly,
  params: { id: eventIdParam },
  responses: { 200: /* @__PURE__ */ fileResponse(['text/csv; charset=utf-8'], 'UTF-8 CSV with a byte-order mark') },
});
/** Outreach events staff log, and what each one brought in. Reads and writes are limited to the caller's subtree. */
export const eventEndpoints = {
  listEvents,
  createEvent,
  getEvent,
  updateEvent,
  deleteEvent,
  getEventQr,
  getEventTotals,
  getSignupSummary,
  exportSignups,
};
