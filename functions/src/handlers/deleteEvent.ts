import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { deleteEvent } from '../domain/events/deleteEvent';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /events/{id}/delete — the event's creator or an admin: soft delete. */
export const handler = httpHandler(api.deleteEvent, async ({ body, params, principal }) =>
  json(200, await deleteEvent(principal, params.id, body, new Date())),
);
