import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { login } from '../domain/auth/login';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /auth/login — public (rate-limited): 工号 + password → a short-lived token. */
export const handler = httpHandler(api.login, async ({ body, sourceIp }) => {
  const response = await login(body, {
    now: new Date(),
    sourceIp,
    tokenSecret: await getSecret('authTokenSecret'),
    hashSecret: await getSecret('visitorHashSecret'),
    tokenTtlMinutes: config().tokenTtlMinutes,
  });
  return json(200, response, { 'Cache-Control': 'no-store' });
});
