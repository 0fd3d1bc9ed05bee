import type { LoginRequest, LoginResponse } from '@rights-outreach/shared';
import { verifyAgainstDummy, verifyPassword } from '../../auth/passwords';
import { InvalidCredentialsError, RateLimitedError } from '../../errors';
import { findAccount } from '../../repository/accountRepository';
import { addRateHits, type RateWindow, secondsLeftInWindow } from '../../repository/rateLimitRepository';
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
 * address; past the limit the answer is RATE_LIMITED (with Retry-After) until the window passes.
 *
 * The attempt is counted first, by one atomic increment per window, and the limit is checked
 * on the count that increment returned: of any number of guesses sent at once, only as many
 * as the limit allows reach the password check. A successful sign-in takes its count back.
 */
export async function login(request: LoginRequest, context: LoginContext): Promise<LoginResponse> {
  const employeeNo = normalizeEmployeeNo(request.employeeNo);
  const windows: RateWindow[] = [
    { name: 'login-account', subject: employeeNo, windowSeconds: loginLimits.windowSeconds },
    {
      name: 'login-address',
      subject: identityHash(context.hashSecret, 'address', context.sourceIp),
      windowSeconds: loginLimits.windowSeconds,
    },
  ];
  const [accountAttempts = 0, addressAttempts = 0] = await addRateHits(windows, 1, context.now);
  if (accountAttempts > loginLimits.perAccount || addressAttempts > loginLimits.perAddress) {
    throw new RateLimitedError(
      'Too many failed sign-ins; wait 15 minutes and try again',
      secondsLeftInWindow(loginLimits.windowSeconds, context.now),
    );
  }

  await ensureBootstrapAdmin(employeeNo, context.now);
  const account = await findAccount(employeeNo);
  const valid =
    account && !account.disabled
      ? await verifyPassword(request.password, account.passwordHash)
      : await verifyAgainstDummy(request.password);
  if (!account || !valid) throw new InvalidCredentialsError();
  await addRateHits(windows, -1, context.now);
  return issueToken(account, context.tokenSecret, context.tokenTtlMinutes, context.now);
}
