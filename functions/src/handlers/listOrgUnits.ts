import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listOrgUnits } from '../domain/admin/orgUnits';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /org-units — signed in: the caller's subtree (admin: all units), parents first. */
export const handler = httpHandler(api.listOrgUnits, async ({ principal }) => json(200, { units: await listOrgUnits(principal) }));
