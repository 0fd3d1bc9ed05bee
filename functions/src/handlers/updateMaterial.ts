import { UpdateMaterialRequestSchema } from '@rights-outreach/shared';
import { updateMaterial } from '../domain/admin/materials';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { materialIdFrom } from './materialId';

/** PUT /admin/materials/{id} — admin: edits the draft; the published version stays as it is. */
export const handler = httpHandler({ access: adminOnly, body: UpdateMaterialRequestSchema, maxBodyBytes: 64 * 1024 }, async ({ body, pathParameters, principal }) =>
  json(200, await updateMaterial(principal, materialIdFrom(pathParameters), body, new Date())),
);
