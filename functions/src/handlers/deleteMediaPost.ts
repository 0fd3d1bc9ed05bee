import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { deleteMediaPost } from '../domain/records/mediaPosts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /media-posts/{id}/delete — staff, marketing in scope, admin: soft-deletes, once per mutationId. */
export const handler = httpHandler(api.deleteMediaPost, async ({ body, params, principal }) =>
  json(200, await deleteMediaPost(principal, params.id, body.mutationId, new Date())),
);
