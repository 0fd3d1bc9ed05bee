import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { bindWechatToAccount } from '../domain/auth/wechat';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /auth/wechat/bind — signed in: binds the caller's WeChat user to their account. */
export const handler = httpHandler(api.wechatBind, async ({ body, principal }) =>
  json(200, await bindWechatToAccount(principal, body.code, await getSecret('visitorHashSecret'))),
);
