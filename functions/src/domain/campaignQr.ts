import { type Campaign, landingUrl } from '@rights-outreach/shared';
import { CampaignNotFoundError, EventNotFoundError, MaterialNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { findEventRecord } from '../repository/eventRepository';
import { findPublishedMaterial } from '../repository/materialRepository';
import { type QrFormat, type QrImage, renderQr } from './qrImage';

export interface CampaignQrOptions {
  format: QrFormat;
  source?: string;
  /** The event the link counts for: one of this campaign's, not deleted. */
  eventId?: string;
  /** The material the link opens (a consumer's share poster): one of this campaign's, published. */
  materialId?: string;
  publicBaseUrl: string;
}

/**
 * The campaign's QR code, encoding its public landing link tagged with a source, an event and
 * a material if given. Only links that lead somewhere are drawn: an event or material that
 * does not belong to the campaign, or is gone, is not found.
 */
export async function campaignQr(code: string, options: CampaignQrOptions): Promise<QrImage> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  const { eventId, materialId } = options;
  if (eventId) await requireEventOf(campaign, eventId);
  if (materialId) await requireMaterialOf(campaign, materialId);
  const url = landingUrl(options.publicBaseUrl, { campaignCode: code, source: options.source, eventId, materialId });
  return renderQr(url, options.format);
}

async function requireEventOf(campaign: Campaign, eventId: string): Promise<void> {
  const event = await findEventRecord(eventId);
  if (!event || event.deletedAt || event.campaignCode !== campaign.code) throw new EventNotFoundError(eventId);
}

async function requireMaterialOf(campaign: Campaign, materialId: string): Promise<void> {
  if (!campaign.materialIds.includes(materialId) || !(await findPublishedMaterial(materialId))) {
    throw new MaterialNotFoundError(materialId);
  }
}
