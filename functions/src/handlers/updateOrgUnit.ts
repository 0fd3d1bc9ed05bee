import { api } from '@rights-outreach/shared';
import { renameUnit } from '../domain/admin/orgUnits';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PATCH /org-units/{id} — admin: renames a unit (units are never moved). */
export const handler = httpHandler(api.updateOrgUnit, async ({ body, params }) => json(200, await renameUnit(params.id, body.name)));
