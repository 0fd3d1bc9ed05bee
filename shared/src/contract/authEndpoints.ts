import { AccountViewSchema, LoginRequestSchema, LoginResponseSchema, WechatCodeRequestSchema } from '../schemas/auth';
import { signedIn } from './access';
import { endpoint } from './endpoint';

export const login = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/auth/login',
  summary: '工号 and password → a short-lived token (rate-limited)',
  access: 'public',
  body: LoginRequestSchema,
  maxBodyBytes: 2048,
  responses: { 200: LoginResponseSchema },
});

export const wechatLogin = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/auth/wechat/login',
  summary: 'A wx.login code of a bound WeChat user → a token',
  access: 'public',
  body: WechatCodeRequestSchema,
  maxBodyBytes: 1024,
  responses: { 200: LoginResponseSchema },
});

export const wechatBind = /* @__PURE__ */ endpoint({
  method: 'POST',
  path: '/auth/wechat/bind',
  summary: 'Binds the caller’s WeChat user to their account',
  access: signedIn,
  body: WechatCodeRequestSchema,
  maxBodyBytes: 1024,
  responses: { 200: AccountViewSchema },
});

export const getMe = /* @__PURE__ */ endpoint({
  method: 'GET',
  path: '/me',
  summary: 'The caller’s account',
  access: signedIn,
  responses: { 200: AccountViewSchema },
});
/** Signing in and who is signed in. */
export const authEndpoints = { login, wechatLogin, wechatBind, getMe };
