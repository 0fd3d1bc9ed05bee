import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { readFeedback } from '../domain/consumer/submitFeedback';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /campaigns/{code}/feedback — marketing, admin: ratings and comments of the caller's subtree, newest first. */
export const handler = httpHandler(api.listFeedback, async ({ params, principal }) =>
  json(200, await readFeedback(principal, params.code), { 'Cache-Control': 'no-store' }),
);
