import { postBeaconBatch } from '../services/beacons';
import { deviceStorage } from '../services/deviceStorage';
import { startVisitorSession } from '../services/visitorSession';
import { wechatCode } from '../utils/wechatCode';
import { createTracker, type Tracker, type VisitorIdentity } from './createTracker';
import { newSharerTag } from './randomIds';
import { loadOrCreateSharerTag } from './storage';
import { createVisitorIdentity } from './visitorIdentity';

export type { PageTarget, Tracker } from './createTracker';

let instance: Tracker | null = null;
let identity: VisitorIdentity | undefined | null = null;
let sharerTag: string | null = null;

/**
 * In WeChat the person is named by a visitor token (their openid, hashed by the server), which
 * is exact across devices and reinstalls. H5 has no such login, so there the device's random
 * visitorId is the only identity: less exact (cleared site data or another browser counts as
 * a new person). One provider for the whole app, so beacons, feedback and sign-ups share one
 * token and one wx.login.
 */
function visitorIdentity(): VisitorIdentity | undefined {
  if (identity === null) {
    identity =
      process.env.TARO_ENV === 'weapp'
        ? createVisitorIdentity({ storage: deviceStorage, loginCode: wechatCode, startSession: startVisitorSession })
        : undefined;
  }
  return identity;
}

/** The app's one tracker, created on first use (storage is only safe to touch at runtime). */
export function getTracker(): Tracker {
  instance ??= createTracker({ storage: deviceStorage, send: postBeaconBatch, identity: visitorIdentity() });
  return instance;
}

/** Who the person is, as the tracker names them: what public forms (feedback, sign-up) send. */
export interface VisitorFields {
  visitorId: string;
  visitorToken?: string;
}

/**
 * The tracker's visitor id and, in WeChat, its visitor token. Rejects in WeChat when no token
 * can be had now (offline, WeChat down): like beacons, a form is not sent under the bare device
 * id, or the same person would count twice. The caller keeps what was typed and offers a retry.
 */
export async function currentVisitor(): Promise<VisitorFields> {
  const visitorId = getTracker().visitorId();
  const source = visitorIdentity();
  if (!source) return { visitorId };
  const visitorToken = await source.token();
  if (!visitorToken) throw new Error('no visitor token available');
  return { visitorId, visitorToken };
}

/** Forgets a visitor token the server refused, so the next currentVisitor() fetches a new one. */
export function visitorTokenRefused(): void {
  visitorIdentity()?.invalidate();
}

/** This device's anonymous tag for the cards it shares (`sh`), created on first use. */
export function getSharerTag(): string {
  sharerTag ??= loadOrCreateSharerTag(deviceStorage, () => newSharerTag());
  return sharerTag;
}
