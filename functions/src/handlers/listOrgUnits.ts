import { listOrgUnits } from '../domain/admin/orgUnits';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /org-units — signed in: the caller's subtree (admin: all units), parents first. */
export const handler = httpHandler({ access: signedIn }, async ({ principal }) =>
  json(200, { units: await listOrgUnits(principal) }),
);
