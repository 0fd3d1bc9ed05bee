import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listMaterials } from '../domain/admin/materials';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /admin/materials — admin: every material with its draft, status and published version. */
export const handler = httpHandler(api.listMaterials, async () =>
  json(200, { materials: await listMaterials() }, { 'Cache-Control': 'no-store' }),
);
