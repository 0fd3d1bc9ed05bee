import { CampaignCodeSchema, SourceCodeSchema } from '@rights-outreach/shared';
import { z } from 'zod';
import { config } from '../config';
import { campaignQr } from '../domain/campaignQr';
import { CampaignNotFoundError, ValidationError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { binary } from '../http/responses';
import { describeIssues } from '../http/middleware/validateBody';

const QrQuerySchema = z
  .object({ format: z.enum(['svg', 'png']).default('svg'), s: SourceCodeSchema.optional() })
  .strict();

/** GET /public/campaigns/{code}/qr?format=svg|png&s=<source> — public: the campaign's QR code. */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters, query }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  const parsed = QrQuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  const image = await campaignQr(code.data, {
    format: parsed.data.format,
    source: parsed.data.s,
    publicBaseUrl: config().publicBaseUrl,
  });
  return binary(image.contentType, image.data, {
    'Cache-Control': 'public, max-age=3600',
    'Content-Disposition': `inline; filename="${code.data}${parsed.data.s ? `-${parsed.data.s}` : ''}.${parsed.data.format}"`,
    'X-Landing-Url': image.url,
  });
});
