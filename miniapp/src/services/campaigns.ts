import type { Campaign, CreateCampaignRequest, UpdateCampaignRequest } from '@rights-outreach/shared';
import { ApiError } from './ApiError';
import { apiPath, callApi } from './api';

/** Every campaign, running today first, then upcoming, then past (signed in). */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await callApi('listCampaigns')).campaigns;
}

/** One campaign for editing, from the list (the API has no single-campaign read for staff). */
export async function findCampaign(code: string): Promise<Campaign> {
  const campaign = (await listCampaigns()).find((c) => c.code === code);
  if (!campaign) throw new ApiError('CAMPAIGN_NOT_FOUND', 404, `no campaign ${code}`);
  return campaign;
}

/** Admin creates a campaign. Throws ApiError (ALREADY_EXISTS when the code is taken). */
export function createCampaign(campaign: CreateCampaignRequest): Promise<Campaign> {
  return callApi('createCampaign', { body: campaign });
}

/** Admin replaces a campaign's details; its code never changes. */
export function updateCampaign(code: string, campaign: UpdateCampaignRequest): Promise<Campaign> {
  return callApi('updateCampaign', { params: { code }, body: campaign });
}

/**
 * Where the campaign's QR code image is served (PNG). In H5 this is the same-origin `/api`
 * path, so it opens in the admin's browser; in WeChat it is the API host.
 */
export function campaignQrImageUrl(code: string): string {
  return `${API_BASE}${apiPath('getCampaignQr', { params: { code }, query: { format: 'png' } })}`;
}
