import { CreateOrgUnitRequestSchema } from '@rights-outreach/shared';
import { createOrgUnit } from '../domain/admin/orgUnits';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /org-units — admin: adds a unit below an existing one. */
export const handler = httpHandler({ access: adminOnly, body: CreateOrgUnitRequestSchema }, async ({ body }) =>
  json(201, await createOrgUnit(body)),
);
