import type { LoginRequest, LoginResponse } from '@rights-outreach/shared';
import { verifyAgainstDummy, verifyPassword } from '../../auth/passwords';
import { InvalidCredentialsError, RateLimitedError } from '../../errors';
import { findAccount } from '../../repository/accountRepository';
import { hitRateWindows, readRateWindows, type RateWindow } from '../../repository/rateLimitRepository';
import { identityHash } from '../identityHash';
import { normalizeEmployeeNo } from './accountView';
import { ensureBootstrapAdmin } from './bootstrapAdmin';
import { issueToken } from './issueToken';

/** Failed sign-ins allowed per 15 minutes: per account (guessing one password) and per address. */
export const loginLimits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

export interface LoginContext {
  now: Date;
  sourceIp: string;
  tokenSecret: string;
  /** Keys the address before it is used in a rate-limit key: no raw IP is stored. */
  hashSecret: string;
  tokenTtlMinutes: number;
}

/**
 * Signs a staff member in with 工号 and password. Every failure looks the same
 * (INVALID_CREDENTIALS), takes the same time, and counts against the account and the
 * address; past the limit the answer is RATE_LIMITED until the window passes.
 */
export async function login(request: LoginRequest, context: LoginContext): Promise<LoginResponse> {
  const employeeNo = normalizeEmployeeNo(request.employeeNo);
  const windows: RateWindow[] = [
    { name: 'login-account', subject: employeeNo, windowSeconds: loginLimits.windowSeconds },
    { name: 'login-address', subject: identityHash(context.hashSecret, 'address', context.sourceIp), windowSeconds: loginLimits.windowSeconds },
  ];
  const [accountFailures = 0, addressFailures = 0] = await readRateWindows(windows, context.now);
  if (accountFailures >= loginLimits.perAccount || addressFailures >= loginLimits.perAddress) {
    throw new RateLimitedError('Too many failed sign-ins; wait 15 minutes and try again');
  }

  await ensureBootstrapAdmin(employeeNo, context.now);
  const account = await findAccount(employeeNo);
  const valid = account && !account.disabled
    ? await verifyPassword(request.password, account.passwordHash)
    : await verifyAgainstDummy(request.password);
  if (!account || !valid) {
    await hitRateWindows(windows, context.now);
    throw new InvalidCredentialsError();
  }
  return issueToken(account, context.tokenSecret, context.tokenTtlMinutes, context.now);
}
