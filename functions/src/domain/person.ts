import { verifyVisitorToken } from '../auth/tokens';
import { VisitorTokenInvalidError } from '../errors';
import { identityHash } from './identityHash';

/**
 * Who a consumer is, as a keyed hash: the openid behind a visitor token in WeChat, else the
 * device's random id (H5; less exact: one person on two browsers counts twice). A token that
 * does not verify is refused rather than quietly replaced by the device id.
 */
export async function personOf(
  sender: { visitorId: string; visitorToken?: string },
  secrets: { visitorHashSecret: string; tokenSecret: string },
): Promise<string> {
  if (sender.visitorToken === undefined) return identityHash(secrets.visitorHashSecret, 'visitor', sender.visitorId);
  const person = await verifyVisitorToken(sender.visitorToken, secrets.tokenSecret);
  if (!person) throw new VisitorTokenInvalidError();
  return person;
}
