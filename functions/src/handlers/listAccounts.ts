import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { listAccounts } from '../domain/admin/accounts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** GET /accounts — admin: every staff account. */
export const handler = httpHandler(api.listAccounts, async () => json(200, { accounts: await listAccounts() }));
