import { DeleteEventRequestSchema } from '@rights-outreach/shared';
import { deleteEvent } from '../domain/events/deleteEvent';
import { eventWriters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** POST /events/{id}/delete — the event's creator or an admin: soft delete. */
export const handler = httpHandler({ access: eventWriters, body: DeleteEventRequestSchema }, async ({ body, pathParameters, principal }) =>
  json(200, await deleteEvent(principal, eventIdFrom(pathParameters), body, new Date())),
);
