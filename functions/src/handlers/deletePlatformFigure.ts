import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { deletePlatformFigure } from '../domain/records/platformFigures';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /platform-figures/{id}/delete — staff, marketing in scope, admin: soft-deletes, once per mutationId. */
export const handler = httpHandler(api.deletePlatformFigure, async ({ body, params, principal }) =>
  json(200, await deletePlatformFigure(principal, params.id, body.mutationId, new Date())),
);
