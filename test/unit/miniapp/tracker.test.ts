import { BeaconBatchSchema, type BeaconBatch } from '@rights-outreach/shared';
import { createTracker, type TrackerOptions, type VisitorIdentity } from '../../../miniapp/src/tracker/createTracker';
import { storageKeys, type KeyValueStorage } from '../../../miniapp/src/tracker/storage';

/** Storage that round-trips through JSON, as WeChat and localStorage do. */
function memoryStorage(): KeyValueStorage & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return {
    raw,
    get: (key) => (raw.has(key) ? JSON.parse(raw.get(key)!) : ''),
    set: (key, value) => void raw.set(key, JSON.stringify(value)),
  };
}

/** An HTTP-like failure, shaped like the app's ApiError. */
const httpError = (status: number, code?: string) => Object.assign(new Error(`HTTP ${status}`), { status, ...(code ? { code } : {}) });
const tokenRefused = () => httpError(401, 'VISITOR_TOKEN_INVALID');

/** Records every batch; answers with whatever `outcome` says at the time. */
function fakeServer() {
  const batches: BeaconBatch[] = [];
  let outcome: () => Promise<unknown> = () => Promise.resolve({ accepted: 1 });
  const send = jest.fn((batch: BeaconBatch) => {
    batches.push(structuredClone(batch));
    return outcome();
  });
  return {
    send,
    batches,
    answer(next: () => Promise<unknown>) {
      outcome = next;
    },
    sentIds: () => batches.flatMap((b) => b.beacons.map((beacon) => beacon.id)),
  };
}

let counter = 0;
const sequentialId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

function tracker(overrides: Partial<TrackerOptions> & Pick<TrackerOptions, 'storage' | 'send'>) {
  return createTracker({
    now: () => new Date('2026-03-15T02:00:00.000Z'),
    newId: sequentialId,
    // Jitter factor 0.8 + 0.4 × 0.5 = exactly 1: every back-off is its nominal delay.
    random: () => 0.5,
    log: jest.fn(),
    ...overrides,
  });
}

const landing = { type: 'landing' } as const;
const material = (materialId: string) => ({ type: 'material', materialId }) as const;

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
});

describe('tracker', () => {
  it('sends one batch per campaign and source, each valid for the API', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: material('eight-rights') });
    t.track({ campaignCode: 'rights-week-2026', source: 'poster' }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'finance-month-2026' }, { kind: 'view', target: landing });
    await t.flush();

    expect(server.batches.map((b) => [b.campaignCode, b.source, b.beacons.length])).toEqual([
      ['rights-week-2026', 'counter', 2],
      ['rights-week-2026', 'poster', 1],
      ['finance-month-2026', undefined, 1],
    ]);
    for (const batch of server.batches) expect(BeaconBatchSchema.safeParse(batch).success).toBe(true);
    expect(new Set(server.batches.map((b) => b.visitorId)).size).toBe(1);
  });

  it("batches an event's beacons apart and tags them with the event, so views and check-ins count for it", async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });
    const eventId = '3b241101-e2bb-4255-8caf-4136c566a962';

    t.track({ campaignCode: 'rights-week-2026', source: 'event', eventId }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'rights-week-2026', source: 'event' }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'rights-week-2026', source: 'event', eventId }, { kind: 'checkin', target: landing });
    await t.flush();

    expect(server.batches.map((b) => [b.eventId, b.beacons.map((beacon) => beacon.kind)])).toEqual([
      [eventId, ['view', 'checkin']],
      [undefined, ['view']],
    ]);
    expect(server.batches[1]).not.toHaveProperty('eventId');
    for (const batch of server.batches) expect(BeaconBatchSchema.safeParse(batch).success).toBe(true);
  });

  it("carries each kind's own fields and reports the page's origin without its sharer", async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });
    const eventId = '3b241101-e2bb-4255-8caf-4136c566a962';
    // What a page opened from a shared card passes: its LandingParams, sharer included.
    const origin = { campaignCode: 'rights-week-2026', source: 'event', eventId, sharer: 'Ab3_x-9QzK1m' };

    t.track(origin, { kind: 'share_open', target: landing, scene: 1008, sharer: 'Ab3_x-9QzK1m' });
    t.track(origin, { kind: 'share_tap', target: material('eight-rights') });
    t.track(origin, { kind: 'video_play', target: material('eight-rights') });
    t.track(origin, { kind: 'feedback', target: landing, rating: 5 });
    t.track(origin, { kind: 'quiz_complete', target: { type: 'quiz' } });
    t.track(origin, { kind: 'signup', target: landing });
    await t.flush();

    const [batch] = server.batches;
    expect(server.batches).toHaveLength(1);
    expect(batch).not.toHaveProperty('sharer');
    expect(batch!.beacons.map(({ id: _id, at: _at, ...input }) => input)).toEqual([
      { kind: 'share_open', target: landing, scene: 1008, sharer: 'Ab3_x-9QzK1m' },
      { kind: 'share_tap', target: material('eight-rights') },
      { kind: 'video_play', target: material('eight-rights') },
      { kind: 'feedback', target: landing, rating: 5 },
      { kind: 'quiz_complete', target: { type: 'quiz' } },
      { kind: 'signup', target: landing },
    ]);
    expect(BeaconBatchSchema.safeParse(batch).success).toBe(true);
  });

  it('never puts more than 50 beacons in one batch', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });

    for (let i = 0; i < 120; i++) t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await t.flush();

    expect(server.batches.map((b) => b.beacons.length)).toEqual([50, 50, 20]);
    expect(t.pendingCount()).toBe(0);
  });

  it('sends a page open about a second after it happened, without being asked', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send, flushDelayMs: 1000 });

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: material('eight-rights') });
    expect(server.send).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1000);

    expect(server.batches).toHaveLength(1);
    expect(server.batches[0]!.beacons).toHaveLength(2);
  });

  it('drops beacons from the queue once the server acknowledged them', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const t = tracker({ storage, send: server.send });

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    expect(t.pendingCount()).toBe(1);
    await t.flush();
    await t.flush();

    expect(t.pendingCount()).toBe(0);
    expect(storage.get(storageKeys.queue)).toEqual([]);
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it('resends the very same beacon ids after a failed send, so the server counts them once', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });
    server.answer(() => Promise.reject(httpError(0)));

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: material('eight-rights') });
    await t.flush();
    expect(t.pendingCount()).toBe(2);

    server.answer(() => Promise.resolve({ accepted: 2 }));
    await t.flush();

    const [failed, retried] = server.batches;
    expect(retried!.beacons).toEqual(failed!.beacons);
    expect(t.pendingCount()).toBe(0);
  });

  it.each([429, 500, 503])('keeps the batch for a later retry after HTTP %i', async (status) => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });
    server.answer(() => Promise.reject(httpError(status)));

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await t.flush();

    expect(t.pendingCount()).toBe(1);
  });

  it('drops, and logs, a batch the server refuses with a 4xx: it could never succeed', async () => {
    const server = fakeServer();
    const log = jest.fn();
    const t = tracker({ storage: memoryStorage(), send: server.send, log });
    server.answer(() => Promise.reject(httpError(400)));

    t.track({ campaignCode: 'gone-campaign', source: 'counter' }, { kind: 'view', target: landing });
    await t.flush();

    expect(t.pendingCount()).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('dropped 1 beacon'), expect.anything());
  });

  it('a refused batch does not hold back the other campaigns', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send });
    server.answer(() => Promise.reject(httpError(404)));
    t.track({ campaignCode: 'gone-campaign' }, { kind: 'view', target: landing });
    await t.flush();

    server.answer(() => Promise.resolve({ accepted: 1 }));
    t.track({ campaignCode: 'rights-week-2026' }, { kind: 'view', target: landing });
    await t.flush();

    expect(server.batches.map((b) => b.campaignCode)).toEqual(['gone-campaign', 'rights-week-2026']);
    expect(t.pendingCount()).toBe(0);
  });

  it('retries on its own with growing back-off while the network is down', async () => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send, retryBaseMs: 2000, retryMaxMs: 60_000 });
    server.answer(() => Promise.reject(httpError(0)));

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await t.flush();
    expect(server.send).toHaveBeenCalledTimes(1);

    await jest.advanceTimersByTimeAsync(1999); // first back-off: 2 s
    expect(server.send).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(3999); // second: 4 s
    expect(server.send).toHaveBeenCalledTimes(2);

    server.answer(() => Promise.resolve({ accepted: 1 }));
    await jest.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(3);
    expect(t.pendingCount()).toBe(0);
  });

  it.each([
    [0, 1600],
    [0.999, 2399],
  ])('jitters each back-off by ±20 %% with the randomness it is given (%p → %p ms)', async (randomValue, delayMs) => {
    const server = fakeServer();
    const t = tracker({ storage: memoryStorage(), send: server.send, retryBaseMs: 2000, random: () => randomValue });
    server.answer(() => Promise.reject(httpError(503)));

    t.track({ campaignCode: 'rights-week-2026' }, { kind: 'view', target: landing });
    await t.flush();
    await jest.advanceTimersByTimeAsync(delayMs - 1);
    expect(server.send).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
  });

  it('survives a restart: a new tracker over the same storage sends what the old one could not', async () => {
    const storage = memoryStorage();
    const offline = fakeServer();
    offline.answer(() => Promise.reject(httpError(0)));
    const before = tracker({ storage, send: offline.send });
    before.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await before.flush();

    const online = fakeServer();
    const after = tracker({ storage, send: online.send });
    expect(after.pendingCount()).toBe(1);
    await after.flush();

    expect(online.sentIds()).toEqual(offline.sentIds());
    expect(online.batches[0]!.visitorId).toBe(offline.batches[0]!.visitorId);
    expect(after.pendingCount()).toBe(0);
  });

  it('never throws into the page, whether send rejects, throws or storage fails', async () => {
    const failingStorage: KeyValueStorage = {
      get: () => {
        throw new Error('storage unavailable');
      },
      set: () => {
        throw new Error('quota exceeded');
      },
    };
    const send = jest.fn(() => {
      throw new Error('bug in send');
    });
    const t = tracker({ storage: failingStorage, send });

    expect(() => t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing })).not.toThrow();
    await expect(t.flush()).resolves.toBeUndefined();
    expect(t.pendingCount()).toBe(1); // still held in memory for a later try

    const rejecting = tracker({ storage: memoryStorage(), send: () => Promise.reject(new Error('socket hang up')) });
    rejecting.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await expect(rejecting.flush()).resolves.toBeUndefined();
  });

  it('caps the queue, dropping the oldest beacons first', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-00000000000${i + 1}`);
    let next = 0;
    const server = fakeServer();
    server.answer(() => Promise.reject(httpError(0)));
    const t = tracker({ storage: memoryStorage(), send: server.send, maxQueued: 5, newId: () => ids[next++]! });

    for (let i = 0; i < ids.length; i++)
      t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    expect(t.pendingCount()).toBe(5);

    server.answer(() => Promise.resolve({ accepted: 5 }));
    server.batches.length = 0;
    await t.flush();
    expect(server.sentIds()).toEqual(ids.slice(3));
  });

  it('keeps one anonymous visitor id per device, in the format the API accepts', () => {
    const storage = memoryStorage();
    const first = createTracker({ storage, send: jest.fn() }).visitorId();
    const again = createTracker({ storage, send: jest.fn() }).visitorId();

    expect(first).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
    expect(again).toBe(first);
  });

  it('stamps beacons with a UUID v4 and the time on the phone, with its offset', async () => {
    const server = fakeServer();
    const t = createTracker({ storage: memoryStorage(), send: server.send, now: () => new Date('2026-03-15T02:00:00.000Z') });

    t.track({ campaignCode: 'rights-week-2026', source: 'counter' }, { kind: 'view', target: landing });
    await t.flush();

    const [beacon] = server.batches[0]!.beacons;
    expect(beacon!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(beacon!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(beacon!.at)).toBe(Date.parse('2026-03-15T02:00:00.000Z'));
  });
});

/** A WeChat identity whose token can be withheld (offline, WeChat down); each invalidate() yields a new token. */
function fakeIdentity() {
  let generation = 1;
  const state = { available: true, fails: false };
  const current = () => `visitor-token-${'x'.repeat(20)}-${generation}`;
  const token = jest.fn(async (): Promise<string | undefined> => {
    if (state.fails) throw new Error('login:fail');
    return state.available ? current() : undefined;
  });
  const invalidate = jest.fn(() => {
    generation += 1;
  });
  return { state, current, token, invalidate } satisfies VisitorIdentity & Record<string, unknown>;
}

describe('tracker with a WeChat visitor identity', () => {
  const origin = { campaignCode: 'rights-week-2026', source: 'counter' };

  it('sends every batch with the visitor token, next to the device id', async () => {
    const server = fakeServer();
    const identity = fakeIdentity();
    const t = tracker({ storage: memoryStorage(), send: server.send, identity });

    t.track(origin, { kind: 'view', target: landing });
    t.track({ campaignCode: 'finance-month-2026' }, { kind: 'view', target: landing });
    await t.flush();

    expect(server.batches.map((b) => b.visitorToken)).toEqual([identity.current(), identity.current()]);
    for (const batch of server.batches) {
      expect(batch.visitorId).toBe(t.visitorId());
      expect(BeaconBatchSchema.safeParse(batch).success).toBe(true);
    }
  });

  it.each([
    ['has none to give', (identity: ReturnType<typeof fakeIdentity>) => void (identity.state.available = false)],
    ['fails', (identity: ReturnType<typeof fakeIdentity>) => void (identity.state.fails = true)],
  ])('sends nothing while the identity %s, and keeps the beacons for later', async (_case, withhold) => {
    const server = fakeServer();
    const identity = fakeIdentity();
    withhold(identity);
    const t = tracker({ storage: memoryStorage(), send: server.send, identity, retryBaseMs: 2000 });

    t.track(origin, { kind: 'view', target: landing });
    await t.flush();
    expect(server.send).not.toHaveBeenCalled();
    expect(t.pendingCount()).toBe(1);

    identity.state.available = true;
    identity.state.fails = false;
    await jest.advanceTimersByTimeAsync(2000); // first back-off: 2 s
    expect(server.batches.map((b) => b.visitorToken)).toEqual([identity.current()]);
    expect(t.pendingCount()).toBe(0);
  });

  it('on a refused token (401 VISITOR_TOKEN_INVALID) gets a new one and resends the very same beacons', async () => {
    const server = fakeServer();
    const identity = fakeIdentity();
    const t = tracker({ storage: memoryStorage(), send: server.send, identity });
    const refusedToken = identity.current();
    let answers = 0;
    server.answer(() => (answers++ === 0 ? Promise.reject(tokenRefused()) : Promise.resolve({ accepted: 2 })));

    t.track(origin, { kind: 'view', target: landing });
    t.track(origin, { kind: 'share_tap', target: landing });
    await t.flush();

    expect(identity.invalidate).toHaveBeenCalledTimes(1);
    const [refused, resent] = server.batches;
    expect(refused!.visitorToken).toBe(refusedToken);
    expect(resent!.visitorToken).toBe(identity.current());
    expect(resent!.visitorToken).not.toBe(refusedToken);
    expect(resent!.beacons).toEqual(refused!.beacons);
    expect(t.pendingCount()).toBe(0);
  });

  it('never drops beacons over a refused token: refused again, it waits for the back-off', async () => {
    const server = fakeServer();
    const identity = fakeIdentity();
    const log = jest.fn();
    const t = tracker({ storage: memoryStorage(), send: server.send, identity, log, retryBaseMs: 2000 });
    server.answer(() => Promise.reject(tokenRefused()));

    t.track(origin, { kind: 'view', target: landing });
    await t.flush();
    expect(server.send).toHaveBeenCalledTimes(2); // one immediate resend, not a loop
    expect(t.pendingCount()).toBe(1);
    expect(log).not.toHaveBeenCalledWith(expect.stringContaining('dropped'), expect.anything());

    server.answer(() => Promise.resolve({ accepted: 1 }));
    await jest.advanceTimersByTimeAsync(2000);
    expect(server.batches).toHaveLength(3);
    expect(server.batches.map((b) => b.beacons)).toEqual(Array(3).fill(server.batches[0]!.beacons));
    expect(t.pendingCount()).toBe(0);
  });

  it('keeps a 429 for a later retry, with the token it had', async () => {
    const server = fakeServer();
    const identity = fakeIdentity();
    const t = tracker({ storage: memoryStorage(), send: server.send, identity });
    server.answer(() => Promise.reject(httpError(429, 'RATE_LIMITED')));

    t.track(origin, { kind: 'view', target: landing });
    await t.flush();

    expect(t.pendingCount()).toBe(1);
    expect(identity.invalidate).not.toHaveBeenCalled();
  });
});
