import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createEvent } from '../domain/events/createEvent';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /events — staff, admin: logs an event; the same clientId again returns the stored one. */
export const handler = httpHandler(api.createEvent, async ({ body, principal }) => {
  const { event, created } = await createEvent(principal, body, new Date());
  return json(created ? 201 : 200, event);
});
