import type { OfflineEventType, OutreachEvent } from '@rights-outreach/shared';
import { createEventCache } from '../../../miniapp/src/offline/eventCache';
import { applyOutbox, eventFieldsOf, localEvent, selectForList } from '../../../miniapp/src/offline/localView';
import type { OutboxRecord } from '../../../miniapp/src/offline/outboxRecord';
import { someFields } from './support/eventFields';
import { memoryStorage } from './support/memoryStorage';

const me = 'S1001';

function serverEvent(id: string, overrides: Partial<Extract<OutreachEvent, { type: OfflineEventType }>> = {}): OutreachEvent {
  return {
    ...someFields(),
    id,
    version: 1,
    unitName: '番禺支公司',
    createdBy: me,
    createdAt: '2026-03-14T02:00:00.000Z',
    updatedBy: me,
    updatedAt: '2026-03-14T02:00:00.000Z',
    ...overrides,
  };
}

function record(partial: Partial<OutboxRecord> & Pick<OutboxRecord, 'kind' | 'eventId' | 'id'>): OutboxRecord {
  const payload =
    partial.kind === 'create'
      ? { ...someFields(), clientId: partial.eventId }
      : partial.kind === 'update'
        ? { ...someFields(), mutationId: partial.id }
        : { mutationId: partial.id };
  return { owner: me, state: 'pending', attempts: 0, createdAt: '2026-03-15T10:00:00+08:00', payload, ...partial } as OutboxRecord;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the list as this phone sees it', () => {
  it("shows a queued create as 待同步 next to the server's events, newest start first", () => {
    const events = applyOutbox(
      [serverEvent(id(1), { startAt: '2026-03-10T09:00:00+08:00' })],
      [
        record({
          kind: 'create',
          id: id(2),
          eventId: id(2),
          payload: { ...someFields({ title: '离线登记的活动', startAt: '2026-03-15T09:00:00+08:00' }), clientId: id(2) },
        }),
      ],
      me,
    );

    const list = selectForList(events, { campaignCode: 'rights-week-2026', mine: false, account: me });

    expect(list.map((e) => [e.title, e.sync?.state])).toEqual([
      ['离线登记的活动', 'pending'],
      ['幸福社区消保宣传', undefined],
    ]);
    expect(list[0]!.sync?.unsyncedCreate).toBe(true);
  });

  it('overlays a queued edit on the server copy, and hides a queued deletion', () => {
    const events = applyOutbox(
      [serverEvent(id(1)), serverEvent(id(2))],
      [
        record({ kind: 'update', id: id(3), eventId: id(1), payload: { ...someFields({ headcount: 99 }), mutationId: id(3) } }),
        record({ kind: 'delete', id: id(4), eventId: id(2) }),
      ],
      me,
    );

    const list = selectForList(events, { campaignCode: 'rights-week-2026', mine: false, account: me });

    expect(list.map((e) => [e.id, 'headcount' in e ? e.headcount : null, e.sync?.state])).toEqual([[id(1), 99, 'pending']]);
  });

  it('shows the reason of the first refused record, which holds back the rest of its event', () => {
    const [event] = applyOutbox(
      [serverEvent(id(1))],
      [
        record({
          kind: 'update',
          id: id(2),
          eventId: id(1),
          state: 'failed',
          lastError: { code: 'FORBIDDEN', status: 403, message: '您没有权限进行此操作' },
        }),
        record({ kind: 'update', id: id(3), eventId: id(1) }),
      ],
      me,
    );

    expect(event!.sync).toMatchObject({ state: 'failed', message: '您没有权限进行此操作', failedRecordId: id(2) });
  });

  it("leaves another account's queued work out", () => {
    const events = applyOutbox([], [record({ kind: 'create', id: id(1), eventId: id(1), owner: 'S2002' })], me);
    expect(events).toEqual([]);
  });

  it("'只看我创建的' keeps own events and own queued creates only", () => {
    const events = applyOutbox(
      [serverEvent(id(1)), serverEvent(id(2), { createdBy: 'S2002' })],
      [record({ kind: 'create', id: id(3), eventId: id(3) })],
      me,
    );

    const mine = selectForList(events, { campaignCode: 'rights-week-2026', mine: true, account: me });

    expect(mine.map((e) => e.id).sort()).toEqual([id(1), id(3)]);
  });

  it("keeps the server's additions (the creator's name too) out of the fields an edit sends back", () => {
    const [event] = applyOutbox([serverEvent(id(7), { createdByName: '番禺消保专员' })], [], me);
    expect(event!.server).toMatchObject({ createdBy: me, createdByName: '番禺消保专员' });
    expect(eventFieldsOf(event!)).toEqual(someFields());
  });

  it('finds one event from the outbox alone while the server has never seen it', () => {
    const event = localEvent(id(5), undefined, [record({ kind: 'create', id: id(5), eventId: id(5) })], me);
    expect(event).toMatchObject({ id: id(5), title: '幸福社区消保宣传', sync: { state: 'pending', unsyncedCreate: true } });
    expect(event!.server).toBeUndefined();
  });
});

describe('the cache of server events', () => {
  it('replaces what a list read covers, so events deleted elsewhere disappear', () => {
    const storage = memoryStorage();
    const cache = createEventCache(storage, () => me);
    cache.putList({ campaignCode: 'rights-week-2026', mine: false }, [serverEvent(id(1)), serverEvent(id(2))]);
    cache.put(serverEvent(id(3), { campaignCode: 'finance-month-2026' }));

    cache.putList({ campaignCode: 'rights-week-2026', mine: false }, [serverEvent(id(2))]);

    expect(
      cache
        .all()
        .map((e) => e.id)
        .sort(),
    ).toEqual([id(2), id(3)]);
  });

  it('forgets an event the server reports deleted', () => {
    const cache = createEventCache(memoryStorage(), () => me);
    cache.put(serverEvent(id(1)));
    cache.put(serverEvent(id(1), { deletedAt: '2026-03-15T02:00:00.000Z' }));
    expect(cache.get(id(1))).toBeUndefined();
  });

  it('never shows one account the events cached for another', () => {
    const storage = memoryStorage();
    let account = me;
    const cache = createEventCache(storage, () => account);
    cache.put(serverEvent(id(1)));

    account = 'S2002';
    expect(cache.all()).toEqual([]);
  });
});
