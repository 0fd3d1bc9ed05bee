import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createMaterial } from '../domain/admin/materials';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /admin/materials — admin: a new material, saved as a draft; 409 if the id is taken. */
export const handler = httpHandler(api.createMaterial, async ({ body, principal }) =>
  json(201, await createMaterial(principal, body, new Date())),
);
