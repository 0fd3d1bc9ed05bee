import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getPublicCampaign } from '../domain/publicCampaign';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /public/campaigns/{code} — public: the landing page's campaign and materials. */
export const handler = httpHandler(api.getPublicCampaign, async ({ params }) =>
  json(200, await getPublicCampaign(params.code), { 'Cache-Control': 'public, max-age=60' }),
);
