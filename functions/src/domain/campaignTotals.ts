import type { CampaignTotals } from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { readCounters } from '../repository/tallyRepository';
import { toCampaignTotals } from './tally';

/** The campaign's pre-aggregated totals: the same cost at ten beacons or ten million. */
export async function getCampaignTotals(code: string): Promise<CampaignTotals> {
  if (!(await findCampaign(code))) throw new CampaignNotFoundError(code);
  return toCampaignTotals(code, await readCounters({ kind: 'campaign', code }));
}
