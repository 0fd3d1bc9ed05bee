import type { AccountView, CreateAccountRequest, UpdateAccountRequest } from '@rights-outreach/shared';
import { hashPassword } from '../../auth/passwords';
import { AccountNotFoundError, AlreadyExistsError, ValidationError } from '../../errors';
import { listAccounts as listAccountRecords, putAccountIfAbsent, updateAccount } from '../../repository/accountRepository';
import { findOrgUnit } from '../../repository/orgRepository';
import { normalizeEmployeeNo, toAccountView } from '../auth/accountView';

export async function listAccounts(): Promise<AccountView[]> {
  return (await listAccountRecords()).map(toAccountView);
}

export async function createAccount(request: CreateAccountRequest, now: Date): Promise<AccountView> {
  await requireUnit(request.unitId);
  const account = {
    employeeNo: normalizeEmployeeNo(request.employeeNo),
    name: request.name,
    role: request.role,
    unitId: request.unitId,
    passwordHash: await hashPassword(request.password),
    tokenVersion: 0,
    disabled: false,
    createdAt: now.toISOString(),
  };
  if (!(await putAccountIfAbsent(account))) throw new AlreadyExistsError(`Account ${account.employeeNo}`);
  return toAccountView(account);
}

/** Changes name, role, unit or status. Disabling or moving an account ends its sessions. */
export async function changeAccount(employeeNo: string, request: UpdateAccountRequest): Promise<AccountView> {
  if (request.unitId) await requireUnit(request.unitId);
  const revokeTokens = request.disabled === true || request.role !== undefined || request.unitId !== undefined;
  const account = await updateAccount(normalizeEmployeeNo(employeeNo), { ...request, revokeTokens });
  if (!account) throw new AccountNotFoundError(employeeNo);
  return toAccountView(account);
}

/** Sets a new password; tokens issued before stop working. */
export async function resetPassword(employeeNo: string, password: string): Promise<void> {
  const account = await updateAccount(normalizeEmployeeNo(employeeNo), {
    passwordHash: await hashPassword(password),
    revokeTokens: true,
  });
  if (!account) throw new AccountNotFoundError(employeeNo);
}

async function requireUnit(unitId: string): Promise<void> {
  if (!(await findOrgUnit(unitId))) throw new ValidationError(`unitId: no org unit "${unitId}"`);
}
