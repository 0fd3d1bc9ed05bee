import { EmployeeNoSchema, ResetPasswordRequestSchema } from '@rights-outreach/shared';
import { resetPassword } from '../domain/admin/accounts';
import { AccountNotFoundError } from '../errors';
import { adminOnly } from '../http/access';
import { httpHandler } from '../http/httpHandler';

/** POST /accounts/{employeeNo}/password — admin: sets a new password; old tokens stop working. */
export const handler = httpHandler({ access: adminOnly, body: ResetPasswordRequestSchema }, async ({ body, pathParameters }) => {
  const employeeNo = EmployeeNoSchema.safeParse(pathParameters.employeeNo);
  if (!employeeNo.success) throw new AccountNotFoundError(String(pathParameters.employeeNo ?? ''));
  await resetPassword(employeeNo.data, body.password);
  return { statusCode: 204, body: '' };
});
