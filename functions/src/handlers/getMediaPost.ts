import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getMediaPost } from '../domain/records/mediaPosts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /media-posts/{id} — staff, marketing, admin in scope: the entry and its history. */
export const handler = httpHandler(api.getMediaPost, async ({ params, principal }) =>
  json(200, await getMediaPost(principal, params.id), { 'Cache-Control': 'no-store' }),
);
