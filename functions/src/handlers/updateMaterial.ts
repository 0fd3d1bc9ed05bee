import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updateMaterial } from '../domain/admin/materials';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PUT /admin/materials/{id} — admin: edits the draft; the published version stays as it is. */
export const handler = httpHandler(api.updateMaterial, async ({ body, params, principal }) =>
  json(200, await updateMaterial(principal, params.id, body, new Date())),
);
