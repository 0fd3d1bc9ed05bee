import { landingUrl } from '@rights-outreach/shared';
import QRCode from 'qrcode';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';

export type QrFormat = 'svg' | 'png';

export interface QrImage {
  contentType: string;
  data: Buffer;
  url: string;
}

/** The campaign's QR code, encoding its public landing link (tagged with a source if given). */
export async function campaignQr(
  code: string,
  options: { format: QrFormat; source?: string; publicBaseUrl: string },
): Promise<QrImage> {
  if (!(await findCampaign(code))) throw new CampaignNotFoundError(code);
  const url = landingUrl(options.publicBaseUrl, { campaignCode: code, source: options.source });
  // Level M survives a creased or partly covered poster; a wide quiet zone helps old phones.
  const qrOptions = { errorCorrectionLevel: 'M' as const, margin: 2 };
  if (options.format === 'svg') {
    const svg = await QRCode.toString(url, { ...qrOptions, type: 'svg' });
    return { contentType: 'image/svg+xml', data: Buffer.from(svg), url };
  }
  const png = await QRCode.toBuffer(url, { ...qrOptions, type: 'png', width: 600 });
  return { contentType: 'image/png', data: png, url };
}
