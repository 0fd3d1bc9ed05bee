import type { CampaignTotals } from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { readTotals } from '../repository/tallyRepository';
import { toTotals } from './tally';

/** The campaign's pre-aggregated totals: the same cost at ten beacons or ten million. */
export async function getCampaignTotals(code: string): Promise<CampaignTotals> {
  if (!(await findCampaign(code))) throw new CampaignNotFoundError(code);
  return toTotals(code, await readTotals(code));
}
