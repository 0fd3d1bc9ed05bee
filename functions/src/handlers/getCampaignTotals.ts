import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getCampaignTotals } from '../domain/campaignTotals';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns/{code}/totals — marketing, admin: the campaign's totals for the caller's unit (admin, head office: all). */
export const handler = httpHandler(api.getCampaignTotals, async ({ params, principal }) =>
  json(200, await getCampaignTotals(principal, params.code), { 'Cache-Control': 'no-store' }),
);
