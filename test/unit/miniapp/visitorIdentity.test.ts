import type { VisitorSession } from '@rights-outreach/shared';
import { storageKeys } from '../../../miniapp/src/tracker/storage';
import { createVisitorIdentity, type VisitorIdentityOptions } from '../../../miniapp/src/tracker/visitorIdentity';
import { memoryStorage } from './support/memoryStorage';

const dayMs = 24 * 3600_000;
const start = new Date('2026-03-15T02:00:00.000Z');

/** WeChat login and the visitor-session endpoint: each session lasts `ttlDays`, tokens numbered in order. */
function fakeWechat(ttlDays = 30) {
  let clock = start.getTime();
  let issued = 0;
  const wechat = {
    online: true,
    advance: (ms: number) => void (clock += ms),
    now: () => new Date(clock),
    loginCode: jest.fn(async () => {
      if (!wechat.online) throw new Error('login:fail');
      return `code-${issued + 1}`;
    }),
    startSession: jest.fn(async (code: string): Promise<VisitorSession> => {
      if (!wechat.online) throw Object.assign(new Error('network request failed'), { status: 0 });
      issued += 1;
      return { visitorToken: `token-for-${code}-${'x'.repeat(20)}`, expiresAt: new Date(clock + ttlDays * dayMs).toISOString() };
    }),
  };
  return wechat;
}

function identityOver(
  storage: ReturnType<typeof memoryStorage>,
  wechat: ReturnType<typeof fakeWechat>,
  extra: Partial<VisitorIdentityOptions> = {},
) {
  return createVisitorIdentity({
    storage,
    loginCode: wechat.loginCode,
    startSession: wechat.startSession,
    now: wechat.now,
    log: jest.fn(),
    ...extra,
  });
}

describe('WeChat visitor identity', () => {
  it('logs in once and reuses the stored token, also after a restart', async () => {
    const storage = memoryStorage();
    const wechat = fakeWechat();

    const first = await identityOver(storage, wechat).token();
    const again = await identityOver(storage, wechat).token();

    expect(first).toBe(`token-for-code-1-${'x'.repeat(20)}`);
    expect(again).toBe(first);
    expect(wechat.loginCode).toHaveBeenCalledTimes(1);
    expect(storage.get(storageKeys.visitorSession)).toMatchObject({ visitorToken: first });
  });

  it('renews the token within a day of its expiry', async () => {
    const wechat = fakeWechat(30);
    const identity = identityOver(memoryStorage(), wechat);
    const first = await identity.token();

    wechat.advance(28 * dayMs);
    expect(await identity.token()).toBe(first);
    wechat.advance(1.5 * dayMs);
    const renewed = await identity.token();

    expect(renewed).not.toBe(first);
    expect(wechat.startSession).toHaveBeenCalledTimes(2);
  });

  it('shares one renewal between callers asking at the same time', async () => {
    const wechat = fakeWechat();
    const identity = identityOver(memoryStorage(), wechat);

    const tokens = await Promise.all([identity.token(), identity.token(), identity.token()]);

    expect(new Set(tokens).size).toBe(1);
    expect(wechat.loginCode).toHaveBeenCalledTimes(1);
    expect(wechat.startSession).toHaveBeenCalledTimes(1);
  });

  it('has no token while WeChat cannot be reached and none is held, and gets one once it can', async () => {
    const wechat = fakeWechat();
    wechat.online = false;
    const identity = identityOver(memoryStorage(), wechat);

    expect(await identity.token()).toBeUndefined();
    wechat.online = true;
    expect(await identity.token()).toEqual(expect.any(String));
  });

  it('keeps using a token near its expiry while renewal fails, but never an expired one', async () => {
    const wechat = fakeWechat(30);
    const identity = identityOver(memoryStorage(), wechat);
    const first = await identity.token();

    wechat.online = false;
    wechat.advance(29.5 * dayMs);
    expect(await identity.token()).toBe(first);
    wechat.advance(dayMs);
    expect(await identity.token()).toBeUndefined();
  });

  it('fetches a new token after the server refused the old one', async () => {
    const storage = memoryStorage();
    const wechat = fakeWechat();
    const identity = identityOver(storage, wechat);
    const refused = await identity.token();

    identity.invalidate();
    const fresh = await identity.token();

    expect(fresh).toEqual(expect.any(String));
    expect(fresh).not.toBe(refused);
    expect(await identityOver(storage, wechat).token()).toBe(fresh);
  });

  it('does not fall back to a refused token when renewal fails', async () => {
    const wechat = fakeWechat();
    const identity = identityOver(memoryStorage(), wechat);
    await identity.token();

    identity.invalidate();
    wechat.online = false;

    expect(await identity.token()).toBeUndefined();
  });

  it('ignores a stored session it cannot read (older build, damaged storage)', async () => {
    const storage = memoryStorage();
    storage.set(storageKeys.visitorSession, { visitorToken: 42 });
    const wechat = fakeWechat();

    expect(await identityOver(storage, wechat).token()).toBe(`token-for-code-1-${'x'.repeat(20)}`);
  });

  it('still works in memory when storage refuses writes', async () => {
    const storage = memoryStorage();
    storage.failWrites = true;
    const wechat = fakeWechat();
    const identity = identityOver(storage, wechat);

    const first = await identity.token();
    expect(await identity.token()).toBe(first);
    expect(wechat.loginCode).toHaveBeenCalledTimes(1);
  });
});
