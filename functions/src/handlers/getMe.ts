import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { toAccountView } from '../domain/auth/accountView';
import { AccountNotFoundError } from '../errors';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { findAccount } from '../repository/accountRepository';

/** GET /me — signed in: the caller's account. */
export const handler = httpHandler(api.getMe, async ({ principal }) => {
  const account = await findAccount(principal.employeeNo);
  if (!account) throw new AccountNotFoundError(principal.employeeNo);
  return json(200, toAccountView(account), { 'Cache-Control': 'no-store' });
});
