import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { changeAccount } from '../domain/admin/accounts';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PATCH /accounts/{employeeNo} — admin: name, role, unit, disabled. */
export const handler = httpHandler(api.updateAccount, async ({ body, params }) => json(200, await changeAccount(params.employeeNo, body)));
