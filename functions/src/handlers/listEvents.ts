import { CampaignCodeSchema } from '@rights-outreach/shared';
import { z } from 'zod';
import { listEvents } from '../domain/events/readEvents';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { parseQuery } from '../http/parseQuery';
import { json } from '../http/responses';

const QuerySchema = z.object({ campaign: CampaignCodeSchema, mine: z.enum(['true', 'false']).optional() }).strict();

/** GET /events?campaign=&mine= — staff, marketing, admin: events of a campaign in the caller's subtree. */
export const handler = httpHandler({ access: signedIn }, async ({ query, principal }) => {
  const parsed = parseQuery(QuerySchema, query);
  const events = await listEvents(principal, parsed.campaign, { mine: parsed.mine === 'true' });
  return json(200, { events }, { 'Cache-Control': 'no-store' });
});
