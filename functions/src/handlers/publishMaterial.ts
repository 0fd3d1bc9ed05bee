import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { publishMaterial } from '../domain/admin/materials';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /admin/materials/{id}/publish — admin: the draft becomes the next immutable version. */
export const handler = httpHandler(api.publishMaterial, async ({ params, principal }) =>
  json(200, await publishMaterial(principal, params.id, new Date())),
);
