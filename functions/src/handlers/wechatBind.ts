import { WechatCodeRequestSchema } from '@rights-outreach/shared';
import { bindWechatToAccount } from '../domain/auth/wechat';
import { signedIn } from '../http/access';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /auth/wechat/bind — signed in: binds the caller's WeChat user to their account. */
export const handler = httpHandler({ access: signedIn, body: WechatCodeRequestSchema, maxBodyBytes: 1024 }, async ({ body, principal }) =>
  json(200, await bindWechatToAccount(principal, body.code, await getSecret('visitorHashSecret'))),
);
