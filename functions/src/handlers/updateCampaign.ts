import { CampaignCodeSchema, UpdateCampaignRequestSchema } from '@rights-outreach/shared';
import { updateCampaign } from '../domain/admin/campaigns';
import { CampaignNotFoundError } from '../errors';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /campaigns/{code} — admin: everything but the code. */
export const handler = httpHandler({ access: adminOnly, body: UpdateCampaignRequestSchema }, async ({ body, pathParameters }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return json(200, await updateCampaign(code.data, body));
});
