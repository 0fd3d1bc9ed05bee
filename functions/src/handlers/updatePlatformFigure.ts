import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updatePlatformFigure } from '../domain/records/platformFigures';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /platform-figures/{id} — staff, marketing in scope, admin: replaces the fields, once per mutationId. */
export const handler = httpHandler(api.updatePlatformFigure, async ({ body, params, principal }) =>
  json(200, await updatePlatformFigure(principal, params.id, body, new Date())),
);
