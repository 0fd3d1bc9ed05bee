import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { updateUnit } from '../domain/admin/orgUnits';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PATCH /org-units/{id} — admin: renames a unit or sets a counter-level unit's kind (units are never moved). */
export const handler = httpHandler(api.updateOrgUnit, async ({ body, params }) => json(200, await updateUnit(params.id, body)));
