import type {
  Campaign,
  CreateCampaignRequest,
  LandingParams,
  PublicCampaignView,
  UpdateCampaignRequest,
} from '@rights-outreach/shared';
import { ApiError } from './ApiError';
import { downloadPublic, requestJson, segment } from './http';

function isPublicCampaignView(body: unknown): body is PublicCampaignView {
  const view = body as Partial<PublicCampaignView> | null;
  return typeof view?.campaign?.name === 'string' && Array.isArray(view.materials);
}

/** What a campaign's QR landing page shows. Throws ApiError (e.g. CAMPAIGN_NOT_FOUND). */
export function getPublicCampaign(code: string): Promise<PublicCampaignView> {
  return requestJson('GET', `/public/campaigns/${segment(code)}`, isPublicCampaignView);
}

function isCampaign(body: unknown): body is Campaign {
  const campaign = body as Partial<Campaign> | null;
  return typeof campaign?.code === 'string' && typeof campaign.name === 'string' && Array.isArray(campaign.materialIds);
}

function isCampaignList(body: unknown): body is { campaigns: Campaign[] } {
  const list = (body as { campaigns?: unknown } | null)?.campaigns;
  return Array.isArray(list) && list.every(isCampaign);
}

/** Every campaign, running today first, then upcoming, then past (signed in). */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await requestJson('GET', '/campaigns', isCampaignList)).campaigns;
}

/** One campaign for editing, from the list (the API has no single-campaign read for staff). */
export async function findCampaign(code: string): Promise<Campaign> {
  const campaign = (await listCampaigns()).find((c) => c.code === code);
  if (!campaign) throw new ApiError('CAMPAIGN_NOT_FOUND', 404, `no campaign ${code}`);
  return campaign;
}

/** Admin creates a campaign. Throws ApiError (ALREADY_EXISTS when the code is taken). */
export function createCampaign(campaign: CreateCampaignRequest): Promise<Campaign> {
  return requestJson('POST', '/campaigns', isCampaign, campaign);
}

/** Admin replaces a campaign's details; its code never changes. */
export function updateCampaign(code: string, campaign: UpdateCampaignRequest): Promise<Campaign> {
  return requestJson('PUT', `/campaigns/${segment(code)}`, isCampaign, campaign);
}

/**
 * Where the campaign's QR code image is served (PNG). In H5 this is the same-origin `/api`
 * path, so it opens in the admin's browser; in WeChat it is the API host.
 */
export function campaignQrImageUrl(code: string): string {
  return `${API_BASE}/public/campaigns/${segment(code)}/qr?format=png`;
}

/**
 * The QR code (PNG) of a consumer's share poster for one material, as a local file path
 * (weapp) or object URL (H5), ready to draw. It encodes the campaign's landing link with the
 * source and event the consumer came with and `m`, never a sharer tag: a scanned poster is a
 * scan, credited to the source. Public: no token.
 */
export function downloadMaterialPosterQr(campaign: LandingParams, materialId: string): Promise<string> {
  const query = [
    'format=png',
    campaign.source ? `s=${segment(campaign.source)}` : '',
    campaign.eventId ? `e=${segment(campaign.eventId)}` : '',
    `m=${segment(materialId)}`,
  ];
  return downloadPublic(`/public/campaigns/${segment(campaign.campaignCode)}/qr?${query.filter(Boolean).join('&')}`);
}
