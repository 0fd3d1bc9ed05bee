import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updateEvent } from '../domain/events/updateEvent';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /events/{id} — staff in scope, admin: replaces the fields, once per mutationId. */
export const handler = httpHandler(api.updateEvent, async ({ body, params, principal }) =>
  json(200, await updateEvent(principal, params.id, body, new Date())),
);
