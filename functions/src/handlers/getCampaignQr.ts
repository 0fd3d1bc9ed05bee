import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, SourceCodeSchema } from '@rights-outreach/shared';
import { z } from 'zod';
import { config } from '../config';
import { campaignQr } from '../domain/campaignQr';
import { CampaignNotFoundError, ValidationError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { binary } from '../http/responses';
import { describeIssues } from '../http/middleware/validateBody';

const QrQuerySchema = z
  .object({
    format: z.enum(['svg', 'png']).default('svg'),
    s: SourceCodeSchema.optional(),
    e: ClientIdSchema.optional(),
    m: MaterialIdSchema.optional(),
  })
  .strict();

/**
 * GET /public/campaigns/{code}/qr?format=svg|png&s=<source>&e=<event>&m=<material> — public:
 * the QR code of the campaign's landing link (a consumer's share poster names its material).
 */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters, query }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  const parsed = QrQuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  const { format, s: source, e: eventId, m: materialId } = parsed.data;
  const image = await campaignQr(code.data, { format, source, eventId, materialId, publicBaseUrl: config().publicBaseUrl });
  const fileName = [code.data, source, materialId].filter(Boolean).join('-');
  return binary(image.contentType, image.data, {
    'Cache-Control': 'public, max-age=3600',
    'Content-Disposition': `inline; filename="${fileName}.${format}"`,
    'X-Landing-Url': image.url,
  });
});
