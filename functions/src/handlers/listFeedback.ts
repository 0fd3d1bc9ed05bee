import { CampaignCodeSchema } from '@rights-outreach/shared';
import { readFeedback } from '../domain/consumer/submitFeedback';
import { CampaignNotFoundError } from '../errors';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns/{code}/feedback — marketing, admin: ratings and comments, newest first. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters }) => {
  const code = CampaignCodeSchema.safeParse(pathParameters.code);
  if (!code.success) throw new CampaignNotFoundError(String(pathParameters.code ?? ''));
  return json(200, await readFeedback(code.data), { 'Cache-Control': 'no-store' });
});
