import { getEventDetail } from '../domain/events/readEvents';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** GET /events/{id} — staff, marketing, admin in scope: the event and its history. */
export const handler = httpHandler({ access: signedIn }, async ({ pathParameters, principal }) =>
  json(200, await getEventDetail(principal, eventIdFrom(pathParameters)), { 'Cache-Control': 'no-store' }),
);
