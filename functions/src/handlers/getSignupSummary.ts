import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { signupSummary } from '../domain/consumer/signups';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /events/{id}/signups — staff, marketing, admin in scope: how many signed up (no names, no phones). */
export const handler = httpHandler(api.getSignupSummary, async ({ params, principal }) =>
  json(200, await signupSummary(principal, params.id), { 'Cache-Control': 'no-store' }),
);
