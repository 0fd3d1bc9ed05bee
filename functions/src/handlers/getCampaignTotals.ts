import { CampaignCodeSchema } from '@rights-outreach/shared';
import { getCampaignTotals } from '../domain/campaignTotals';
import { CampaignNotFoundError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/**
 * GET /campaigns/{code}/totals — public for now; the field-staff issue puts it behind
 * marketing/admin login.
 */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return json(200, await getCampaignTotals(code.data), { 'Cache-Control': 'no-store' });
});
