import type { AccountView } from '@rights-outreach/shared';
import type { AccountRecord } from '../../repository/accountRepository';

/** What an account looks like to callers: never the hash, never the openid hash. */
export function toAccountView(account: AccountRecord): AccountView {
  return {
    employeeNo: account.employeeNo,
    name: account.name,
    role: account.role,
    unitId: account.unitId,
    disabled: account.disabled,
    wechatBound: Boolean(account.openidHash),
  };
}

/** 工号 compare case-insensitively: "a1001" and "A1001" are one person. */
export function normalizeEmployeeNo(employeeNo: string): string {
  return employeeNo.trim().toUpperCase();
}
