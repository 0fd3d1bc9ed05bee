import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createOrgUnit } from '../domain/admin/orgUnits';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /org-units — admin: adds a unit below an existing one. */
export const handler = httpHandler(api.createOrgUnit, async ({ body }) => json(201, await createOrgUnit(body)));
