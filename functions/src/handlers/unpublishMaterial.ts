import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { unpublishMaterial } from '../domain/admin/materials';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /admin/materials/{id}/unpublish — admin: hides the material from consumers; its figures stay. */
export const handler = httpHandler(api.unpublishMaterial, async ({ params, principal }) =>
  json(200, await unpublishMaterial(principal, params.id, new Date())),
);
