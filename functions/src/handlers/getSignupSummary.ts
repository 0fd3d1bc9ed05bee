import { signupSummary } from '../domain/consumer/signups';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { eventIdFrom } from './eventId';

/** GET /events/{id}/signups — staff, marketing, admin in scope: how many signed up (no names, no phones). */
export const handler = httpHandler({ access: signedIn }, async ({ pathParameters, principal }) =>
  json(200, await signupSummary(principal, eventIdFrom(pathParameters)), { 'Cache-Control': 'no-store' }),
);
