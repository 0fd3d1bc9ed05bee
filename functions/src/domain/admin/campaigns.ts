import { type Campaign, isActiveOn, shanghaiDate } from '@rights-outreach/shared';
import { AlreadyExistsError, CampaignNotFoundError, ValidationError } from '../../errors';
import { listCampaigns as listCampaignRecords, putCampaignIfAbsent, replaceCampaign } from '../../repository/campaignRepository';
import { findMaterialRecords } from '../../repository/materialRepository';

/** Campaigns for staff to choose from: running today first, then upcoming, then past. */
export async function listCampaigns(now: Date): Promise<Campaign[]> {
  const today = shanghaiDate(now);
  const rank = (c: Campaign) => (isActiveOn(c, today) ? 0 : c.startDate > today ? 1 : 2);
  return (await listCampaignRecords()).sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 2 ? b.endDate.localeCompare(a.endDate) : a.startDate.localeCompare(b.startDate)) ||
      a.code.localeCompare(b.code),
  );
}

/** Adds a campaign (validated with CreateCampaignRequestSchema). */
export async function createCampaign(campaign: Campaign): Promise<Campaign> {
  await requireMaterials(campaign.materialIds);
  if (!(await putCampaignIfAbsent(campaign))) throw new AlreadyExistsError(`Campaign ${campaign.code}`);
  return campaign;
}

/** Replaces a campaign's fields (validated with UpdateCampaignRequestSchema); the code stays. */
export async function updateCampaign(code: string, fields: Omit<Campaign, 'code'>): Promise<Campaign> {
  const campaign: Campaign = { code, ...fields };
  await requireMaterials(campaign.materialIds);
  if (!(await replaceCampaign(campaign))) throw new CampaignNotFoundError(code);
  return campaign;
}

async function requireMaterials(ids: string[]): Promise<void> {
  const found = new Set((await findMaterialRecords(ids)).map((m) => m.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new ValidationError(`materialIds: unknown material ${missing.join(', ')}`);
}
