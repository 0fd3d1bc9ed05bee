import { UpdateEventRequestSchema } from '@rights-outreach/shared';
import { updateEvent } from '../domain/events/updateEvent';
import { eventWriters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** PUT /events/{id} — staff in scope, admin: replaces the fields, once per mutationId. */
export const handler = httpHandler({ access: eventWriters, body: UpdateEventRequestSchema }, async ({ body, pathParameters, principal }) =>
  json(200, await updateEvent(principal, eventIdFrom(pathParameters), body, new Date())),
);
