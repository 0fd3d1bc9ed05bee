import { UpdateCampaignRequestSchema } from '@rights-outreach/shared';
import { updateCampaign } from '../domain/admin/campaigns';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** PUT /campaigns/{code} — admin: everything but the code. */
export const handler = httpHandler({ access: adminOnly, body: UpdateCampaignRequestSchema }, async ({ body, pathParameters }) => {
  const code = campaignCodeFrom(pathParameters);
  return json(200, await updateCampaign(code, body));
});
