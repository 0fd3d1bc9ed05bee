import type { PublicCampaignView } from '@rights-outreach/shared';
import { requestJson, segment } from './http';

function isPublicCampaignView(body: unknown): body is PublicCampaignView {
  const view = body as Partial<PublicCampaignView> | null;
  return typeof view?.campaign?.name === 'string' && Array.isArray(view.materials);
}

/** What a campaign's QR landing page shows. Throws ApiError (e.g. CAMPAIGN_NOT_FOUND). */
export function getPublicCampaign(code: string): Promise<PublicCampaignView> {
  return requestJson('GET', `/public/campaigns/${segment(code)}`, isPublicCampaignView);
}
