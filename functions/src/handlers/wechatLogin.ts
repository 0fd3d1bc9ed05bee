import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { wechatLogin } from '../domain/auth/wechat';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /auth/wechat/login — public: a `wx.login` code of a bound WeChat user → a token. */
export const handler = httpHandler(api.wechatLogin, async ({ body }) => {
  const response = await wechatLogin(body.code, {
    now: new Date(),
    tokenSecret: await getSecret('authTokenSecret'),
    hashSecret: await getSecret('visitorHashSecret'),
    tokenTtlMinutes: config().tokenTtlMinutes,
  });
  return json(200, response, { 'Cache-Control': 'no-store' });
});
