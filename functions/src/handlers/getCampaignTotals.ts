import { CampaignCodeSchema } from '@rights-outreach/shared';
import { getCampaignTotals } from '../domain/campaignTotals';
import { CampaignNotFoundError } from '../errors';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns/{code}/totals — marketing, admin: the campaign's totals. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return json(200, await getCampaignTotals(code.data), { 'Cache-Control': 'no-store' });
});
