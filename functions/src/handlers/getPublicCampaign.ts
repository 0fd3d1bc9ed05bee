import { getPublicCampaign } from '../domain/publicCampaign';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** GET /public/campaigns/{code} — public: the landing page's campaign and materials. */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters }) => {
  const code = campaignCodeFrom(pathParameters);
  return json(200, await getPublicCampaign(code), { 'Cache-Control': 'public, max-age=60' });
});
