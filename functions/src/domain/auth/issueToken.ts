import type { LoginResponse } from '@rights-outreach/shared';
import { signToken } from '../../auth/tokens';
import type { AccountRecord } from '../../repository/accountRepository';
import { toAccountView } from './accountView';

export async function issueToken(account: AccountRecord, secret: string, ttlMinutes: number, now: Date): Promise<LoginResponse> {
  const { token, expiresAt } = await signToken(
    { employeeNo: account.employeeNo, role: account.role, tokenVersion: account.tokenVersion },
    secret,
    ttlMinutes,
    now,
  );
  return { token, expiresAt, account: toAccountView(account) };
}
