import { unpublishMaterial } from '../domain/admin/materials';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { materialIdFrom } from './materialId';

/** POST /admin/materials/{id}/unpublish — admin: hides the material from consumers; its figures stay. */
export const handler = httpHandler({ access: adminOnly }, async ({ pathParameters, principal }) =>
  json(200, await unpublishMaterial(principal, materialIdFrom(pathParameters), new Date())),
);
