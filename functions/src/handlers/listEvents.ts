import { CampaignCodeSchema } from '@rights-outreach/shared';
import { z } from 'zod';
import { listEvents } from '../domain/events/readEvents';
import { ValidationError } from '../errors';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { describeIssues } from '../http/middleware/validateBody';
import { json } from '../http/responses';

const QuerySchema = z.object({ campaign: CampaignCodeSchema, mine: z.enum(['true', 'false']).optional() }).strict();

/** GET /events?campaign=&mine= — staff, marketing, admin: events of a campaign in the caller's subtree. */
export const handler = httpHandler({ access: signedIn }, async ({ query, principal }) => {
  const parsed = QuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  const events = await listEvents(principal, parsed.data.campaign, { mine: parsed.data.mine === 'true' });
  return json(200, { events }, { 'Cache-Control': 'no-store' });
});
