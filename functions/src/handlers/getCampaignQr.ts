import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { campaignQr } from '../domain/campaignQr';
import { httpHandler } from '../http/httpHandler';
import { binary } from '../http/responses';

/**
 * GET /public/campaigns/{code}/qr?format=svg|png&s=<source>&e=<event>&m=<material> — public:
 * the QR code of the campaign's landing link (a consumer's share poster names its material).
 */
export const handler = httpHandler(api.getCampaignQr, async ({ params, query }) => {
  const { format, s: source, e: eventId, m: materialId } = query;
  const image = await campaignQr(params.code, { format, source, eventId, materialId, publicBaseUrl: config().publicBaseUrl });
  const fileName = [params.code, source, materialId].filter(Boolean).join('-');
  return binary(image.contentType, image.data, {
    'Cache-Control': 'public, max-age=3600',
    'Content-Disposition': `inline; filename="${fileName}.${format}"`,
    'X-Landing-Url': image.url,
  });
});
