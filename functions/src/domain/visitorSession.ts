import type { VisitorSession } from '@rights-outreach/shared';
import { signVisitorToken } from '../auth/tokens';
import { code2Session } from '../wechat/code2Session';
import { identityHash } from './identityHash';

/**
 * A consumer in WeChat: their `wx.login` code is exchanged once (code2Session) for the
 * openid, which is hashed at once and never stored or returned; the signed token carries
 * only the hash, so later beacon batches (even offline replays days later) name the same
 * person without calling WeChat again.
 */
export async function startVisitorSession(
  code: string,
  context: { now: Date; hashSecret: string; tokenSecret: string; ttlDays: number },
): Promise<VisitorSession> {
  const openid = await code2Session(code);
  const personHash = identityHash(context.hashSecret, 'reader', openid);
  const { token, expiresAt } = await signVisitorToken(personHash, context.tokenSecret, context.ttlDays, context.now);
  return { visitorToken: token, expiresAt };
}
