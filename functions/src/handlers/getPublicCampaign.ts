import { CampaignCodeSchema } from '@rights-outreach/shared';
import { getPublicCampaign } from '../domain/publicCampaign';
import { CampaignNotFoundError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /public/campaigns/{code} — public: the landing page's campaign and materials. */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return json(200, await getPublicCampaign(code.data), { 'Cache-Control': 'public, max-age=60' });
});
