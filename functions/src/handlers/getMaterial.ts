import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { getMaterial } from '../domain/material';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /public/materials/{id} — public: one published material, whole. */
export const handler = httpHandler(api.getMaterial, async ({ params }) =>
  json(200, await getMaterial(params.id), { 'Cache-Control': 'public, max-age=300' }),
);
