import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getEventTotals } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /events/{id}/totals — staff, marketing, admin in scope: views, visitors, check-ins of the event. */
export const handler = httpHandler(api.getEventTotals, async ({ params, principal }) =>
  json(200, await getEventTotals(principal, params.id), { 'Cache-Control': 'no-store' }),
);
