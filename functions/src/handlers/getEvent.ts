import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getEventDetail } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /events/{id} — staff, marketing, admin in scope: the event and its history. */
export const handler = httpHandler(api.getEvent, async ({ params, principal }) =>
  json(200, await getEventDetail(principal, params.id), { 'Cache-Control': 'no-store' }),
);
