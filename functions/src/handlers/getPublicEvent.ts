import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getPublicEvent } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /public/events/{id} — public: what a consumer who scanned the event's QR code sees of it. */
export const handler = httpHandler(api.getPublicEvent, async ({ params }) =>
  json(200, await getPublicEvent(params.id), { 'Cache-Control': 'public, max-age=60' }),
);
