import { getEventTotals } from '../domain/events/readEvents';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** GET /events/{id}/totals — staff, marketing, admin in scope: views, visitors, check-ins of the event. */
export const handler = httpHandler({ access: signedIn }, async ({ pathParameters, principal }) =>
  json(200, await getEventTotals(principal, eventIdFrom(pathParameters)), { 'Cache-Control': 'no-store' }),
);
