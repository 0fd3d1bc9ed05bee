import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createMediaPost } from '../domain/records/mediaPosts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /media-posts — staff, marketing (their subtree), admin: the same clientId again returns the stored entry. */
export const handler = httpHandler(api.createMediaPost, async ({ body, principal }) => {
  const { record, created } = await createMediaPost(principal, body, new Date());
  return json(created ? 201 : 200, record);
});
