import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updateMediaPost } from '../domain/records/mediaPosts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /media-posts/{id} — staff, marketing in scope, admin: replaces the fields, once per mutationId. */
export const handler = httpHandler(api.updateMediaPost, async ({ body, params, principal }) =>
  json(200, await updateMediaPost(principal, params.id, body, new Date())),
);
