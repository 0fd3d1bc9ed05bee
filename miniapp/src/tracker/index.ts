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
let sharerTag: string | null = null;

/**
 * In WeChat the person is named by a visitor token (their openid, hashed by the server), which
 * is exact across devices and reinstalls. H5 has no such login, so there the device's random
 * visitorId is the only identity: less exact (cleared site data or another browser counts as
 * a new person).
 */
function visitorIdentity(): VisitorIdentity | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  return createVisitorIdentity({ storage: deviceStorage, loginCode: wechatCode, startSession: startVisitorSession });
}

/** The app's one tracker, created on first use (storage is only safe to touch at runtime). */
export function getTracker(): Tracker {
  instance ??= createTracker({ storage: deviceStorage, send: postBeaconBatch, identity: visitorIdentity() });
  return instance;
}

/** This device's anonymous tag for the cards it shares (`sh`), created on first use. */
export function getSharerTag(): string {
  sharerTag ??= loadOrCreateSharerTag(deviceStorage, () => newSharerTag());
  return sharerTag;
}
