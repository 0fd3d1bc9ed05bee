import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listEvents } from '../domain/events/readEvents';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /events?campaign=&mine= — staff, marketing, admin: events of a campaign in the caller's subtree. */
export const handler = httpHandler(api.listEvents, async ({ query, principal }) => {
  const events = await listEvents(principal, query.campaign, { mine: query.mine === 'true' });
  return json(200, { events }, { 'Cache-Control': 'no-store' });
});
