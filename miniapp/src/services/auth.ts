import type { AccountView, LoginRequest, LoginResponse } from '@rights-outreach/shared';
import { callApi } from './api';

/** 工号 + password. A wrong pair is ApiError INVALID_CREDENTIALS (never says which was wrong). */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return callApi('login', { body: request });
}

/** A `wx.login` code of a bound WeChat user; unbound: ApiError WECHAT_NOT_BOUND. */
export function loginWithWechat(code: string): Promise<LoginResponse> {
  return callApi('wechatLogin', { body: { code } });
}

/** Binds this WeChat user to the signed-in account, for password-free sign-in next time. */
export function bindWechat(code: string): Promise<AccountView> {
  return callApi('wechatBind', { body: { code } });
}
