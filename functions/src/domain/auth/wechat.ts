import type { AccountView, LoginResponse } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { AccountNotFoundError, AlreadyExistsError, WechatNotBoundError } from '../../errors';
import { bindWechat, findAccount, findAccountByOpenidHash } from '../../repository/accountRepository';
import { code2Session } from '../../wechat/code2Session';
import { identityHash } from '../identityHash';
import { toAccountView } from './accountView';
import { issueToken } from './issueToken';

/** The only form in which an openid is stored: a keyed hash. */
function openidHash(openid: string, hashSecret: string): string {
  return identityHash(hashSecret, 'openid', openid);
}

/** Signs in a staff member whose WeChat user was bound to the account earlier. */
export async function wechatLogin(
  code: string,
  context: { now: Date; tokenSecret: string; hashSecret: string; tokenTtlMinutes: number },
): Promise<LoginResponse> {
  const openid = await code2Session(code);
  const account = await findAccountByOpenidHash(openidHash(openid, context.hashSecret));
  if (!account || account.disabled) throw new WechatNotBoundError();
  return issueToken(account, context.tokenSecret, context.tokenTtlMinutes, context.now);
}

/** Binds the caller's WeChat user to their account, so later sign-ins need no password. */
export async function bindWechatToAccount(principal: Principal, code: string, hashSecret: string): Promise<AccountView> {
  const openid = await code2Session(code);
  const account = await findAccount(principal.employeeNo);
  if (!account) throw new AccountNotFoundError(principal.employeeNo);
  const outcome = await bindWechat(account.employeeNo, openidHash(openid, hashSecret), account.openidHash);
  if (outcome === 'bound-to-another-account') throw new AlreadyExistsError('A binding of this WeChat user to another account');
  return toAccountView((await findAccount(principal.employeeNo))!);
}
