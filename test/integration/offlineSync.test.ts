import type { OfflineEventFields, OutreachEvent } from '@rights-outreach/shared';
import { createSyncEngine, outboxStorageKey } from '../../miniapp/src/offline/createSyncEngine';
import type { EventTransport } from '../../miniapp/src/offline/createSyncEngine';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as deleteEvent } from '../../functions/src/handlers/deleteEvent';
import { handler as getEvent } from '../../functions/src/handlers/getEvent';
import { handler as listEvents } from '../../functions/src/handlers/listEvents';
import { handler as updateEvent } from '../../functions/src/handlers/updateEvent';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke, type InvokeOptions } from '../support/invoke';
import { memoryStorage } from '../unit/miniapp/support/memoryStorage';

/**
 * The mini-program's real outbox engine against the real handlers and DynamoDB Local: what
 * field staff type offline reaches the server exactly once, whatever happens on the way.
 */
let staff: TestAccount;
let campaignCode: string;
let unitId: string;

beforeAll(async () => {
  const tree = await givenOrgTree();
  unitId = tree.countyA.id;
  staff = await givenAccount({ role: 'staff', unitId });
  campaignCode = (await givenCampaign()).campaign.code;
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A transport over the real handlers; `network` decides what happens to each call. */
function apiTransport(network: { mode: 'up' | 'down' | 'lostAnswer' }): EventTransport & { calls: number } {
  const call = async (handler: Parameters<typeof invoke>[0], options: InvokeOptions): Promise<OutreachEvent> => {
    transport.calls += 1;
    if (network.mode === 'down') throw new HttpError(0, 'NETWORK_UNAVAILABLE', 'offline');
    const response = await invoke(handler, { ...options, headers: bearer(staff) });
    // The server did the work, but the phone never hears back (app killed, signal lost).
    if (network.mode === 'lostAnswer') throw new HttpError(0, 'NETWORK_UNAVAILABLE', 'answer lost');
    if (response.status >= 300) throw new HttpError(response.status, response.body.error.code, response.body.error.message);
    return response.body;
  };
  const transport = {
    calls: 0,
    create: (body) => call(createEvent, { method: 'POST', body }),
    update: (id, body) => call(updateEvent, { method: 'PUT', pathParameters: { id }, body }),
    remove: (id, body) => call(deleteEvent, { method: 'POST', pathParameters: { id }, body }),
  } as EventTransport & { calls: number };
  return transport;
}

function engineOver(storage: ReturnType<typeof memoryStorage>, transport: EventTransport) {
  return createSyncEngine({ storage, transport, owner: () => staff.employeeNo, retryBaseMs: 1, retryMaxMs: 5, log: () => undefined });
}

function fields(overrides: Partial<OfflineEventFields> = {}): OfflineEventFields {
  const { clientId: _clientId, ...rest } = anEventRequest(campaignCode, unitId, overrides);
  return rest;
}

async function serverEvent(id: string) {
  return invoke(getEvent, { pathParameters: { id }, headers: bearer(staff) });
}

async function serverIds(): Promise<string[]> {
  const response = await invoke(listEvents, { query: { campaign: campaignCode }, headers: bearer(staff) });
  return response.body.events.map((e: { id: string }) => e.id);
}

describe('offline event logging against the real API', () => {
  it('delivers each record exactly once after an outage', async () => {
    const network = { mode: 'down' as 'up' | 'down' | 'lostAnswer' };
    const outbox = engineOver(memoryStorage(), apiTransport(network));
    const first = outbox.enqueueCreate(fields({ title: '幸福社区宣传' }));
    const second = outbox.enqueueCreate(fields({ title: '阳光小学宣传', type: 'school' }));
    outbox.enqueueUpdate(first.eventId, fields({ title: '幸福社区宣传', headcount: 120 }));
    await outbox.sync();
    expect(outbox.records()).toHaveLength(3);

    network.mode = 'up';
    await outbox.sync();

    expect(outbox.records()).toEqual([]);
    const ids = await serverIds();
    expect(ids.filter((id) => id === first.eventId)).toHaveLength(1);
    expect(ids.filter((id) => id === second.eventId)).toHaveLength(1);
    const detail = (await serverEvent(first.eventId)).body;
    expect(detail.event.headcount).toBe(120);
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['created', 'updated']);
  });

  it('loses nothing and duplicates nothing when the app is killed mid-sync', async () => {
    const storage = memoryStorage();
    const network = { mode: 'lostAnswer' as 'up' | 'down' | 'lostAnswer' };
    const beforeKill = engineOver(storage, apiTransport(network));
    const record = beforeKill.enqueueCreate(fields({ title: '公园宣传', type: 'park' }));
    beforeKill.enqueueUpdate(record.eventId, fields({ title: '公园宣传', type: 'park', headcount: 60 }));
    await beforeKill.sync(); // the create reached the server; its answer did not reach the phone

    network.mode = 'up';
    const afterRestart = engineOver(storage, apiTransport(network)); // a new start over the same storage
    expect(afterRestart.records()).toHaveLength(2);
    await afterRestart.sync();

    expect(afterRestart.records()).toEqual([]);
    expect(storage.get(outboxStorageKey)).toEqual([]);
    expect((await serverIds()).filter((id) => id === record.eventId)).toHaveLength(1);
    const detail = (await serverEvent(record.eventId)).body;
    expect(detail.event.headcount).toBe(60);
    expect(detail.history).toHaveLength(2);
  });

  it('keeps a record the server refuses as a conflict, and delivers the rest', async () => {
    const network = { mode: 'up' as const };
    const first = engineOver(memoryStorage(), apiTransport(network));
    const stored = first.enqueueCreate(fields({ title: '柜面宣传', type: 'counter' }));
    await first.sync();
    // Another phone (or a bug) reuses the id for different content.
    const ids = [stored.eventId];
    const second = createSyncEngine({
      storage: memoryStorage(),
      transport: apiTransport(network),
      owner: () => staff.employeeNo,
      newId: () => ids.shift() ?? crypto.randomUUID(),
      log: () => undefined,
    });
    const conflicting = second.enqueueCreate(fields({ title: '完全不同的活动', type: 'street' }));
    const other = second.enqueueCreate(fields({ title: '另一场活动' }));
    await second.sync();

    const kept = second.records();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: conflicting.id, state: 'failed', lastError: { status: 409 } });
    expect((await serverEvent(stored.eventId)).body.event.title).toBe('柜面宣传');
    expect(await serverIds()).toContain(other.eventId);
  });
});
