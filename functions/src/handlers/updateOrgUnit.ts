import { OrgUnitIdSchema, UpdateOrgUnitRequestSchema } from '@rights-outreach/shared';
import { renameUnit } from '../domain/admin/orgUnits';
import { OrgUnitNotFoundError } from '../errors';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PATCH /org-units/{id} — admin: renames a unit (units are never moved). */
export const handler = httpHandler({ access: adminOnly, body: UpdateOrgUnitRequestSchema }, async ({ body, pathParameters }) => {
  const id = OrgUnitIdSchema.safeParse(pathParameters.id);
  if (!id.success) throw new OrgUnitNotFoundError(String(pathParameters.id ?? ''));
  return json(200, await renameUnit(id.data, body.name));
});
