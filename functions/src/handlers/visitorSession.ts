import * as api from '@rights-outreach/shared/src/contract/endpoints';
import { config } from '../config';
import { startVisitorSession } from '../domain/visitorSession';
import { httpHandler } from '../http/httpHandler';
import { json } from '../http/responses';
import { getSecret } from '../secrets';

/** POST /public/visitor-session — public: a consumer's `wx.login` code → a visitor token for beacons. */
export const handler = httpHandler(api.visitorSession, async ({ body }) => {
  const session = await startVisitorSession(body.code, {
    now: new Date(),
    hashSecret: await getSecret('visitorHashSecret'),
    tokenSecret: await getSecret('authTokenSecret'),
    ttlDays: config().visitorTokenTtlDays,
  });
  return json(200, session, { 'Cache-Control': 'no-store' });
});
