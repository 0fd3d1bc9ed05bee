import { listAccounts } from '../domain/admin/accounts';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /accounts — admin: every staff account. */
export const handler = httpHandler({ access: adminOnly }, async () => json(200, { accounts: await listAccounts() }));
