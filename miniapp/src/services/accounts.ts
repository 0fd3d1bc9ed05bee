import type { AccountView, CreateAccountRequest, ResetPasswordRequest, UpdateAccountRequest } from '@rights-outreach/shared';
import { callApi } from './api';

/** Every staff account (admin only). */
export async function listAccounts(): Promise<AccountView[]> {
  return (await callApi('listAccounts')).accounts;
}

/** Admin creates an account. Throws ApiError (ALREADY_EXISTS when the 工号 is taken). */
export function createAccount(account: CreateAccountRequest): Promise<AccountView> {
  return callApi('createAccount', { body: account });
}

/** Admin changes name, role, unit or the disabled flag of an account. */
export function updateAccount(employeeNo: string, change: UpdateAccountRequest): Promise<AccountView> {
  return callApi('updateAccount', { params: { employeeNo }, body: change });
}

/** Admin sets a new password; the account's existing sign-ins stop working. */
export async function resetPassword(employeeNo: string, request: ResetPasswordRequest): Promise<void> {
  await callApi('resetPassword', { params: { employeeNo }, body: request });
}
