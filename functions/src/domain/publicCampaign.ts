import { type PublicCampaignView, summarize } from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { findPublishedMaterials } from '../repository/materialRepository';

/** What a consumer's landing page shows for a campaign code: the campaign and its materials. */
export async function getPublicCampaign(code: string): Promise<PublicCampaignView> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  // A batch read answers in any order: the campaign's own order is the one admins set.
  const position = new Map(campaign.materialIds.map((id, index) => [id, index]));
  const materials = (await findPublishedMaterials(campaign.materialIds)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const { type, name, slogan, startDate, endDate } = campaign;
  return {
    campaign: { code: campaign.code, type, name, slogan, startDate, endDate },
    materials: materials.map(summarize),
  };
}
