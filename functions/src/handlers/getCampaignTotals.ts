import { getCampaignTotals } from '../domain/campaignTotals';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** GET /campaigns/{code}/totals — marketing, admin: the campaign's totals for the caller's unit (admin, head office: all). */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters, principal }) => {
  const code = campaignCodeFrom(pathParameters);
  return json(200, await getCampaignTotals(principal, code), { 'Cache-Control': 'no-store' });
});
