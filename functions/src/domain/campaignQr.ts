import { landingUrl } from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { type QrFormat, type QrImage, renderQr } from './qrImage';

/** The campaign's QR code, encoding its public landing link (tagged with a source if given). */
export async function campaignQr(
  code: string,
  options: { format: QrFormat; source?: string; publicBaseUrl: string },
): Promise<QrImage> {
  if (!(await findCampaign(code))) throw new CampaignNotFoundError(code);
  return renderQr(landingUrl(options.publicBaseUrl, { campaignCode: code, source: options.source }), options.format);
}
