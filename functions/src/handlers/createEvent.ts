import { CreateEventRequestSchema } from '@rights-outreach/shared';
import { createEvent } from '../domain/events/createEvent';
import { eventWriters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /events — staff, admin: logs an event; the same clientId again returns the stored one. */
export const handler = httpHandler({ access: eventWriters, body: CreateEventRequestSchema }, async ({ body, principal }) => {
  const { event, created } = await createEvent(principal, body, new Date());
  return json(created ? 201 : 200, event);
});
