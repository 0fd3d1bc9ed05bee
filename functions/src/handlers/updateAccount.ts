import { EmployeeNoSchema, UpdateAccountRequestSchema } from '@rights-outreach/shared';
import { changeAccount } from '../domain/admin/accounts';
import { AccountNotFoundError } from '../errors';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';

/** PATCH /accounts/{employeeNo} — admin: name, role, unit, disabled. */
export const handler = httpHandler({ access: adminOnly, body: UpdateAccountRequestSchema }, async ({ body, pathParameters }) => {
  const employeeNo = EmployeeNoSchema.safeParse(pathParameters.employeeNo);
  if (!employeeNo.success) throw new AccountNotFoundError(String(pathParameters.employeeNo ?? ''));
  return json(200, await changeAccount(employeeNo.data, body));
});
