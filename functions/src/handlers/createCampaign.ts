import { CreateCampaignRequestSchema } from '@rights-outreach/shared';
import { createCampaign } from '../domain/admin/campaigns';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /campaigns — admin: a new campaign with its permanent public code. */
export const handler = httpHandler({ access: adminOnly, body: CreateCampaignRequestSchema }, async ({ body }) =>
  json(201, await createCampaign(body)),
);
