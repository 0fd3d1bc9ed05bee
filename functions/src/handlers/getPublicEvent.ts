import { getPublicEvent } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** GET /public/events/{id} — public: what a consumer who scanned the event's QR code sees of it. */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters }) =>
  json(200, await getPublicEvent(eventIdFrom(pathParameters)), { 'Cache-Control': 'public, max-age=60' }),
);
