import type { OutreachEvent } from '@rights-outreach/shared';
import { createSyncEngine, outboxStorageKey, type SyncEngineOptions } from '../../../miniapp/src/offline/createSyncEngine';
import { OutboxRecordNotFoundError, OutboxStorageError } from '../../../miniapp/src/offline/errors';
import type { OutboxRecord } from '../../../miniapp/src/offline/outboxRecord';
import { someFields } from './support/eventFields';
import { fakeEventServer, type ServerMode } from './support/fakeEventServer';
import { memoryStorage } from './support/memoryStorage';

let counter = 0;
const sequentialId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

type Options = Partial<SyncEngineOptions> & Pick<SyncEngineOptions, 'storage' | 'transport'>;

function engine(options: Options) {
  return createSyncEngine({
    owner: () => 'S1001',
    now: () => new Date('2026-03-15T02:00:00.000Z'),
    newId: sequentialId,
    retryBaseMs: 1000,
    retryMaxMs: 60_000,
    // No jitter: back-off delays are exactly 1 s, 2 s, 4 s …
    random: () => 0.5,
    log: jest.fn(),
    ...options,
  });
}

const stored = (storage: ReturnType<typeof memoryStorage>): OutboxRecord[] => storage.get(outboxStorageKey) as OutboxRecord[];
const states = (records: readonly OutboxRecord[]) => records.map((r) => [r.kind, r.eventId, r.state]);

/** Lets the engine's promise chains run without moving the clock. */
const settle = () => jest.advanceTimersByTimeAsync(0);

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
});

describe('outbox sync engine', () => {
  it('sync after a simulated outage delivers each record exactly once', async () => {
    const server = fakeEventServer();
    const storage = memoryStorage();
    const outbox = engine({ storage, transport: server.transport });

    server.setMode('down');
    const first = outbox.enqueueCreate(someFields({ title: '幸福社区宣传' }));
    const second = outbox.enqueueCreate(someFields({ title: '阳光小学宣传' }));
    outbox.enqueueUpdate(first.eventId, someFields({ title: '幸福社区宣传', headcount: 85 }));
    outbox.enqueueDelete(second.eventId);
    await jest.advanceTimersByTimeAsync(10_000); // several back-off rounds while still down
    expect(outbox.records()).toHaveLength(4);
    expect(stored(storage)).toHaveLength(4);

    server.setMode('up');
    await jest.advanceTimersByTimeAsync(60_000); // the next automatic retry

    expect(outbox.records()).toEqual([]);
    expect(stored(storage)).toEqual([]);
    expect(server.applied.map((c) => [c.kind, c.eventId])).toEqual([
      ['create', first.eventId],
      ['create', second.eventId],
      ['update', first.eventId],
      ['delete', second.eventId],
    ]);
    expect(server.calls).toEqual(server.applied); // nothing reached the server twice
    expect(server.events.get(first.eventId)).toMatchObject({ title: '幸福社区宣传', headcount: 85, version: 2 });
    expect(server.events.get(second.eventId)!.deletedAt).toBeDefined();
  });

  it.each<[string, ServerMode]>([
    ['after the server stored the record but before its answer arrived', 'hangAfterStoring'],
    ['before the request reached the server', 'hang'],
  ])('a sync interrupted mid-batch (app killed %s) loses nothing and duplicates nothing', async (_when, killMode) => {
    const server = fakeEventServer();
    const storage = memoryStorage();
    const beforeKill = engine({ storage, transport: server.transport });
    server.setMode('down');
    const a = beforeKill.enqueueCreate(someFields({ title: '活动甲' }));
    const b = beforeKill.enqueueCreate(someFields({ title: '活动乙' }));
    const c = beforeKill.enqueueCreate(someFields({ title: '活动丙' }));
    beforeKill.enqueueUpdate(b.eventId, someFields({ title: '活动乙', headcount: 120 }));
    await settle();

    // Signal comes back; the first record goes through, then the app is killed while the second is out.
    server.setMode('up');
    const create = server.transport.create;
    server.transport.create = (body) => {
      if (body.clientId === b.eventId) server.setMode(killMode);
      return create(body);
    };
    void beforeKill.sync();
    await settle();
    expect(states(stored(storage))).toEqual([
      ['create', b.eventId, 'sending'],
      ['create', c.eventId, 'pending'],
      ['update', b.eventId, 'pending'],
    ]);

    // Next start: a new engine over the same storage; the old one is simply gone.
    server.transport.create = create;
    server.setMode('up');
    const afterRestart = engine({ storage, transport: server.transport });
    expect(afterRestart.records()).toHaveLength(3);
    await afterRestart.sync();

    expect(afterRestart.records()).toEqual([]);
    expect([...server.events.keys()]).toEqual([a.eventId, b.eventId, c.eventId]);
    expect(server.applied.map((call) => [call.kind, call.eventId])).toEqual([
      ['create', a.eventId],
      ['create', b.eventId],
      ['create', c.eventId],
      ['update', b.eventId],
    ]);
    expect(server.events.get(b.eventId)).toMatchObject({ headcount: 120, version: 2 });
  });

  it('sends in the order the changes were made, one request at a time', async () => {
    const server = fakeEventServer();
    let open = 0;
    let mostOpen = 0;
    const transport = {
      create: async (...args: Parameters<typeof server.transport.create>) => {
        mostOpen = Math.max(mostOpen, ++open);
        await new Promise((resolve) => setTimeout(resolve, 50));
        open -= 1;
        return server.transport.create(...args);
      },
      update: server.transport.update,
      remove: server.transport.remove,
    };
    const outbox = engine({ storage: memoryStorage(), transport });

    const ids = ['一', '二', '三', '四'].map((n) => outbox.enqueueCreate(someFields({ title: `活动${n}` })).eventId);
    outbox.enqueueUpdate(ids[0]!, someFields({ title: '活动一', headcount: 9 }));
    await jest.advanceTimersByTimeAsync(1000);

    expect(server.calls.map((c) => [c.kind, c.eventId])).toEqual([...ids.map((id) => ['create', id]), ['update', ids[0]]]);
    expect(mostOpen).toBe(1);
  });

  it('keeps a refused record as failed with the Chinese reason, and sends the other events', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.setMode('down');
    const refused = outbox.enqueueCreate(someFields({ title: '越权机构的活动', unitId: 'other-branch' }));
    outbox.enqueueUpdate(refused.eventId, someFields({ title: '越权机构的活动', unitId: 'other-branch', headcount: 5 }));
    const fine = outbox.enqueueCreate(someFields({ title: '本机构的活动' }));
    await settle();

    server.setMode('up');
    server.refuse(refused.eventId, 403, 'FORBIDDEN');
    const report = await outbox.sync();

    expect(report).toEqual({ delivered: 1, refused: 1 });
    expect(server.events.has(fine.eventId)).toBe(true);
    expect(states(outbox.records())).toEqual([
      ['create', refused.eventId, 'failed'],
      ['update', refused.eventId, 'pending'], // waits behind its refused create, never sent ahead of it
    ]);
    expect(outbox.records()[0]!.lastError).toEqual({ code: 'FORBIDDEN', status: 403, message: '您没有权限进行此操作' });

    // Syncing again does not silently drop it or send its edit ahead of it.
    await outbox.sync();
    expect(states(outbox.records())).toEqual([
      ['create', refused.eventId, 'failed'],
      ['update', refused.eventId, 'pending'],
    ]);
    expect(server.calls.filter((c) => c.eventId === refused.eventId)).toHaveLength(1);
  });

  it.each([
    [400, 'VALIDATION_FAILED', '提交的内容不符合要求，请检查后重试'],
    [404, 'EVENT_NOT_FOUND', '未找到该活动，可能已被删除'],
    [409, 'IDEMPOTENCY_CONFLICT', '这条记录与已提交的内容不一致，请核对后重新填写'],
  ] as const)('marks a record refused with %i %s as failed and keeps it', async (status, code, message) => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.failNext(status, code);

    outbox.enqueueCreate(someFields());
    await settle();

    expect(outbox.records()).toHaveLength(1);
    expect(outbox.records()[0]).toMatchObject({ state: 'failed', lastError: { code, status, message } });
  });

  it('a refused edit holds back only the later changes of its own event', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    const a = outbox.enqueueCreate(someFields({ title: '活动甲' }));
    const b = outbox.enqueueCreate(someFields({ title: '活动乙' }));
    await settle();

    server.setMode('down');
    const refusedEdit = outbox.enqueueUpdate(a.eventId, someFields({ title: '活动甲', headcount: 1 }));
    outbox.enqueueDelete(a.eventId);
    outbox.enqueueUpdate(b.eventId, someFields({ title: '活动乙', headcount: 2 }));
    await settle();
    server.setMode('up');
    server.refuse(refusedEdit.id, 400, 'VALIDATION_FAILED');
    await outbox.sync();

    expect(states(outbox.records())).toEqual([
      ['update', a.eventId, 'failed'],
      ['delete', a.eventId, 'pending'],
    ]);
    expect(server.events.get(b.eventId)).toMatchObject({ headcount: 2 });
    expect(server.events.get(a.eventId)!.deletedAt).toBeUndefined();
  });

  it('lets the person fix a refused create: same event id, same place in line, sent again', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.failNext(404, 'CAMPAIGN_NOT_FOUND');
    const created = outbox.enqueueCreate(someFields({ campaignCode: 'ended-campaign' }));
    await settle();
    expect(outbox.records()[0]!.state).toBe('failed');

    outbox.enqueueUpdate(created.eventId, someFields({ campaignCode: 'rights-week-2026', title: '改正后的活动' }));
    await settle();

    expect(outbox.records()).toEqual([]);
    expect(server.events.get(created.eventId)).toMatchObject({ campaignCode: 'rights-week-2026', title: '改正后的活动', version: 1 });
  });

  it('retries a refused record when asked, and discards one only on purpose', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.setMode('down');
    const kept = outbox.enqueueCreate(someFields({ title: '稍后重试的活动' }));
    const dropped = outbox.enqueueCreate(someFields({ title: '放弃的活动' }));
    outbox.enqueueUpdate(dropped.eventId, someFields({ title: '放弃的活动', headcount: 3 }));
    await settle();
    expect(() => outbox.discard(kept.id)).toThrow(OutboxRecordNotFoundError); // pending: not the person's to lose by accident

    server.setMode('up');
    server.refuse(kept.eventId, 403, 'FORBIDDEN');
    server.refuse(dropped.eventId, 403, 'FORBIDDEN');
    await outbox.sync();
    expect(outbox.records().map((r) => r.state)).toEqual(['failed', 'failed', 'pending']);

    expect(outbox.discard(dropped.id).map((r) => r.kind)).toEqual(['create', 'update']);
    server.accept(kept.eventId);
    await outbox.retry(kept.id);

    expect(outbox.records()).toEqual([]);
    expect([...server.events.keys()]).toEqual([kept.eventId]);
  });

  it('backs off exponentially on network errors, 5xx and 429, keeping the order', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.setMode('down');
    const first = outbox.enqueueCreate(someFields({ title: '第一场' }));
    await settle(); // attempt 1 fails → retry in 1 s
    const attempts = () => outbox.records()[0]!.attempts;
    expect(attempts()).toBe(1);

    await jest.advanceTimersByTimeAsync(1000); // attempt 2 → next in 2 s
    expect(attempts()).toBe(2);
    await jest.advanceTimersByTimeAsync(1999);
    expect(attempts()).toBe(2);
    await jest.advanceTimersByTimeAsync(1); // attempt 3 → next in 4 s
    expect(attempts()).toBe(3);
    expect(outbox.status().retryAt).toBeDefined();

    server.setMode('up');
    server.failNext(503, 'SERVICE_UNAVAILABLE');
    await jest.advanceTimersByTimeAsync(4000); // attempt 4 answered 503 → next in 8 s
    expect(attempts()).toBe(4);
    server.failNext(429, 'RATE_LIMITED');
    await jest.advanceTimersByTimeAsync(8000); // attempt 5 answered 429 → next in 16 s
    expect(attempts()).toBe(5);
    const second = outbox.enqueueCreate(someFields({ title: '第二场' })); // tried at once, in order behind the first
    await settle();

    expect(outbox.records()).toEqual([]);
    expect(server.applied.map((c) => c.eventId)).toEqual([first.eventId, second.eventId]);
  });

  it('pauses on 401 and keeps everything until the person signs in again', async () => {
    const server = fakeEventServer();
    let account: string | null = 'S1001';
    const outbox = engine({ storage: memoryStorage(), transport: server.transport, owner: () => account });
    server.setMode('down');
    outbox.enqueueCreate(someFields({ title: '第一场' }));
    outbox.enqueueCreate(someFields({ title: '第二场' }));
    await settle();

    server.setMode('up');
    server.failNext(401, 'UNAUTHENTICATED');
    const report = await outbox.sync();
    account = null; // the app clears the session on 401
    expect(report.stoppedBy).toBe('signIn');
    expect(server.calls).toHaveLength(1); // the second record was not tried with a dead session
    expect(outbox.status()).toMatchObject({ signInRequired: true });
    expect(outbox.status().retryAt).toBeUndefined(); // no point retrying without a session
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(outbox.records().map((r) => r.state)).toEqual(['pending', 'pending']);

    account = 'S1001';
    await outbox.sync();
    expect(outbox.records()).toEqual([]);
    expect(server.events.size).toBe(2);
    expect(outbox.status().signInRequired).toBe(false);
  });

  it("sends only the signed-in account's records; another account's wait for it", async () => {
    const server = fakeEventServer();
    let account = 'S1001';
    const storage = memoryStorage();
    const outbox = engine({ storage, transport: server.transport, owner: () => account });
    server.setMode('down');
    const mine = outbox.enqueueCreate(someFields({ title: '张三的活动' }));
    await settle();

    account = 'S2002';
    server.setMode('up');
    const theirs = outbox.enqueueCreate(someFields({ title: '李四的活动' }));
    await settle();
    expect([...server.events.keys()]).toEqual([theirs.eventId]);
    expect(outbox.records().map((r) => r.owner)).toEqual(['S1001']);

    account = 'S1001';
    await outbox.sync();
    expect([...server.events.keys()]).toEqual([theirs.eventId, mine.eventId]);
  });

  it('persists every state change, so storage says "sending" while a request is out', async () => {
    const server = fakeEventServer();
    const storage = memoryStorage();
    const outbox = engine({ storage, transport: server.transport });
    server.setMode('hang');

    const record = outbox.enqueueCreate(someFields());
    expect(stored(storage)[0]).toMatchObject({ id: record.id, kind: 'create', state: 'sending', attempts: 1 });
    expect(outbox.status().syncing).toBe(true);
  });

  it('refuses to accept a change it could not save, and keeps nothing half-written', () => {
    const storage = memoryStorage();
    const outbox = engine({ storage, transport: fakeEventServer().transport });
    storage.failWrites = true;

    expect(() => outbox.enqueueCreate(someFields())).toThrow(OutboxStorageError);
    expect(outbox.records()).toEqual([]);
  });

  it('dropping an event the server refused to create just removes it from the phone', async () => {
    const server = fakeEventServer();
    const outbox = engine({ storage: memoryStorage(), transport: server.transport });
    server.failNext(403, 'FORBIDDEN');
    const created = outbox.enqueueCreate(someFields());
    await settle();

    expect(outbox.enqueueDelete(created.eventId)).toBeNull();
    expect(outbox.records()).toEqual([]);
    expect(server.calls).toHaveLength(1);
  });

  it("hands over the server's copy of every delivered event", async () => {
    const server = fakeEventServer();
    const delivered: OutreachEvent[] = [];
    const outbox = engine({ storage: memoryStorage(), transport: server.transport, onDelivered: (event) => delivered.push(event) });

    const created = outbox.enqueueCreate(someFields({ title: '送达的活动' }));
    await settle();

    expect(delivered).toEqual([expect.objectContaining({ id: created.eventId, title: '送达的活动', version: 1, unitName: '番禺支公司' })]);
  });

  it('tells subscribers about every change', async () => {
    const outbox = engine({ storage: memoryStorage(), transport: fakeEventServer().transport });
    const listener = jest.fn();
    const unsubscribe = outbox.subscribe(listener);

    outbox.enqueueCreate(someFields());
    await settle();
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(3); // queued, sending, delivered
    unsubscribe();
    outbox.enqueueCreate(someFields());
    await settle();
    expect(listener.mock.calls.length).toBe(calls);
  });
});
