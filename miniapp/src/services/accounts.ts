import type {
  AccountView,
  CreateAccountRequest,
  ResetPasswordRequest,
  UpdateAccountRequest,
} from '@rights-outreach/shared';
import { requestJson, segment } from './http';

function isAccount(body: unknown): body is AccountView {
  const account = body as Partial<AccountView> | null;
  return typeof account?.employeeNo === 'string' && typeof account.role === 'string' && typeof account.disabled === 'boolean';
}

function isAccountList(body: unknown): body is { accounts: AccountView[] } {
  const list = (body as { accounts?: unknown } | null)?.accounts;
  return Array.isArray(list) && list.every(isAccount);
}

// 204 No Content: there is nothing to check.
function isNoContent(_body: unknown): _body is unknown {
  return true;
}

/** Every staff account (admin only). */
export async function listAccounts(): Promise<AccountView[]> {
  return (await requestJson('GET', '/accounts', isAccountList)).accounts;
}

/** Admin creates an account. Throws ApiError (ALREADY_EXISTS when the 工号 is taken). */
export function createAccount(account: CreateAccountRequest): Promise<AccountView> {
  return requestJson('POST', '/accounts', isAccount, account);
}

/** Admin changes name, role, unit or the disabled flag of an account. */
export function updateAccount(employeeNo: string, change: UpdateAccountRequest): Promise<AccountView> {
  return requestJson('PATCH', `/accounts/${segment(employeeNo)}`, isAccount, change);
}

/** Admin sets a new password; the account's existing sign-ins stop working. */
export async function resetPassword(employeeNo: string, request: ResetPasswordRequest): Promise<void> {
  await requestJson('POST', `/accounts/${segment(employeeNo)}/password`, isNoContent, request);
}
