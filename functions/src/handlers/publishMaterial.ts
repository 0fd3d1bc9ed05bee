import { publishMaterial } from '../domain/admin/materials';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { materialIdFrom } from './materialId';

/** POST /admin/materials/{id}/publish — admin: the draft becomes the next immutable version. */
export const handler = httpHandler({ access: adminOnly }, async ({ pathParameters, principal }) =>
  json(200, await publishMaterial(principal, materialIdFrom(pathParameters), new Date())),
);
