import type { LandingParams, PublicCampaignView } from '@rights-outreach/shared';
import { downloadPublic } from './http';
import { callPublicApi, publicApiPath } from './publicApi';

/** What a campaign's QR landing page shows. Throws ApiError (e.g. CAMPAIGN_NOT_FOUND). */
export function getPublicCampaign(code: string): Promise<PublicCampaignView> {
  return callPublicApi('getPublicCampaign', { params: { code } });
}

/**
 * The QR code (PNG) of a consumer's share poster for one material, as a local file path
 * (weapp) or object URL (H5), ready to draw. It encodes the campaign's landing link with the
 * source and event the consumer came with and `m`, never a sharer tag: a scanned poster is a
 * scan, credited to the source. Public: no token.
 */
export function downloadMaterialPosterQr(campaign: LandingParams, materialId: string): Promise<string> {
  const query = { format: 'png', s: campaign.source, e: campaign.eventId, m: materialId } as const;
  return downloadPublic(publicApiPath('getCampaignQr', { params: { code: campaign.campaignCode }, query }));
}
