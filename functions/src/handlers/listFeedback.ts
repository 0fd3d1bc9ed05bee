import { readFeedback } from '../domain/consumer/submitFeedback';
import { reporters } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { campaignCodeFrom } from './campaignCode';

/** GET /campaigns/{code}/feedback — marketing, admin: ratings and comments of the caller's subtree, newest first. */
export const handler = httpHandler({ access: reporters }, async ({ pathParameters, principal }) => {
  const code = campaignCodeFrom(pathParameters);
  return json(200, await readFeedback(principal, code), { 'Cache-Control': 'no-store' });
});
