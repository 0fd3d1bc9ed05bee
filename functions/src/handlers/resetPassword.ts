import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { resetPassword } from '../domain/admin/accounts';
import { httpHandler } from '../http/httpHandler';

/** POST /accounts/{employeeNo}/password — admin: sets a new password; old tokens stop working. */
export const handler = httpHandler(api.resetPassword, async ({ body, params }) => {
  await resetPassword(params.employeeNo, body.password);
  return { statusCode: 204, body: '' };
});
