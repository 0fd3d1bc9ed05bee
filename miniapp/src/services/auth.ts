import type { AccountView, LoginRequest, LoginResponse } from '@rights-outreach/shared';
import { requestJson } from './http';

function isAccount(body: unknown): body is AccountView {
  const account = body as Partial<AccountView> | null;
  return typeof account?.employeeNo === 'string' && typeof account.role === 'string' && typeof account.unitId === 'string';
}

function isLoginResponse(body: unknown): body is LoginResponse {
  const login = body as Partial<LoginResponse> | null;
  return typeof login?.token === 'string' && typeof login.expiresAt === 'string' && isAccount(login.account);
}

/** 工号 + password. A wrong pair is ApiError INVALID_CREDENTIALS (never says which was wrong). */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return requestJson('POST', '/auth/login', isLoginResponse, request);
}

/** A `wx.login` code of a bound WeChat user; unbound: ApiError WECHAT_NOT_BOUND. */
export function loginWithWechat(code: string): Promise<LoginResponse> {
  return requestJson('POST', '/auth/wechat/login', isLoginResponse, { code });
}

/** Binds this WeChat user to the signed-in account, for password-free sign-in next time. */
export function bindWechat(code: string): Promise<AccountView> {
  return requestJson('POST', '/auth/wechat/bind', isAccount, { code });
}
