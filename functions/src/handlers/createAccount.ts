import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { createAccount } from '../domain/admin/accounts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** POST /accounts — admin: a new staff account with an initial password. */
export const handler = httpHandler(api.createAccount, async ({ body }) => json(201, await createAccount(body, new Date())));
