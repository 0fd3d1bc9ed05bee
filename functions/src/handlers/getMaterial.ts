import { MaterialIdSchema } from '@rights-outreach/shared';
import { getMaterial } from '../domain/material';
import { MaterialNotFoundError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /public/materials/{id} — public: one published material, whole. */
export const handler = httpHandler({ access: 'public' }, async ({ pathParameters }) => {
  const id = MaterialIdSchema.safeParse(pathParameters.id);
  if (!id.success) throw new MaterialNotFoundError(String(pathParameters.id ?? ''));
  return json(200, await getMaterial(id.data), { 'Cache-Control': 'public, max-age=300' });
});
