import { randomUUID } from 'node:crypto';
import { type Beacon, type BreakdownRow, type Dimension, addDays, shanghaiDate } from '@rights-outreach/shared';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aVisitorId, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';

/** Worked examples of each dimension; the property test checks every combination against the definitions. */
let tree: OrgTree;
let admin: TestAccount;

beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
});

const send = (body: unknown) => invoke(recordBeacons, { method: 'POST', body });

async function givenEvent(campaignCode: string, unitId: string, overrides = {}) {
  const request = anEventRequest(campaignCode, unitId, overrides);
  expect((await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) })).status).toBe(201);
  return request;
}

function row(rows: BreakdownRow[], key: string): BreakdownRow {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key} in ${JSON.stringify(rows.map((r) => r.key))}`);
  return found;
}

async function breakdown(code: string, dimension: Dimension) {
  return (await readTotals(code, admin)).breakdowns[dimension];
}

describe('org units', () => {
  it('rolls figures up the tree, counting a person once at every level above the units they met', async () => {
    const { campaign } = await givenCampaign();
    const eventA = await givenEvent(campaign.code, tree.countyA.id);
    const person = aVisitorId();

    await send(aBatch(campaign.code, [aBeacon(), aBeacon()], { visitorId: person, eventId: eventA.clientId, source: 'event' }));
    await send(aBatch(campaign.code, [aBeacon()], { visitorId: person, source: `poster.${tree.countyB.id}` }));
    await send(aBatch(campaign.code, [aBeacon()], { source: `poster.${tree.countyB.id}` }));

    const units = await breakdown(campaign.code, 'unit');
    expect(row(units, tree.countyA.id).metrics).toMatchObject({ views: 2, visitors: 1 });
    expect(row(units, tree.countyB.id).metrics).toMatchObject({ views: 2, visitors: 2 });
    for (const parent of [tree.city, tree.province, tree.headOffice]) {
      expect(row(units, parent.id).metrics).toMatchObject({ views: 4, visitors: 2 });
    }
    expect(row(units, tree.countyB.id)).toMatchObject({ label: tree.countyB.name, parentKey: tree.city.id });
    expect(units.find((r) => r.key === tree.counterA.id)).toBeUndefined();
  });

  it('refuses a source naming a unit that does not exist, and counts nothing', async () => {
    const { campaign } = await givenCampaign();

    const response = await send(aBatch(campaign.code, [aBeacon()], { source: 'poster.no-such-unit' }));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect((await readTotals(campaign.code, admin)).totals.views).toBe(0);
  });
});

describe('days', () => {
  it('files a beacon under its calendar day in Asia/Shanghai and counts reach over the campaign, not as a sum of days', async () => {
    const { campaign } = await givenCampaign();
    const today = shanghaiDate(new Date());
    const yesterday = addDays(today, -1);
    const person = aVisitorId();
    // 23:30 UTC the day before yesterday is 07:30 yesterday in Shanghai.
    const lateUtc = `${addDays(today, -2)}T23:30:00Z`;

    await send(aBatch(campaign.code, [aBeacon({ at: lateUtc })], { visitorId: person }));
    await send(aBatch(campaign.code, [aBeacon({ at: `${today}T00:00:30+08:00` })], { visitorId: person }));

    const totals = await readTotals(campaign.code, admin);
    expect(totals.breakdowns.day.map((r) => [r.key, r.metrics.views, r.metrics.visitors])).toEqual([
      [yesterday, 1, 1],
      [today, 1, 1],
    ]);
    expect(totals.totals).toMatchObject({ views: 2, visitors: 1 });
  });
});

describe('sources, channels, materials and target groups', () => {
  it('breaks figures down by source, channel, material and the event’s target groups, with Chinese labels', async () => {
    const { campaign, materials } = await givenCampaign();
    const event = await givenEvent(campaign.code, tree.countyA.id, { targetGroups: ['elderly', 'villagers'] });
    const material = { type: 'material' as const, materialId: materials[0]!.id };

    await send(aBatch(campaign.code, [aBeacon({ target: material })], { source: `poster.${tree.countyB.id}` }));
    await send(aBatch(campaign.code, [aBeacon({ target: material })], { source: 'moments' }));
    await send(aBatch(campaign.code, [aBeacon()], { source: 'event', eventId: event.clientId }));

    const { breakdowns } = await readTotals(campaign.code, admin);
    expect(breakdowns.source.map((r) => [r.key, r.label, r.metrics.views])).toEqual([
      ['event', '活动现场', 1],
      ['moments', '朋友圈', 1],
      [`poster.${tree.countyB.id}`, `海报·${tree.countyB.name}`, 1],
    ]);
    expect(breakdowns.channel.map((r) => [r.key, r.label, r.metrics.views])).toEqual([
      ['event', '活动现场', 1],
      ['moments', '朋友圈', 1],
      ['poster', '海报', 1],
    ]);
    expect(breakdowns.material).toEqual([
      { key: materials[0]!.id, label: materials[0]!.title, metrics: expect.objectContaining({ views: 2, visitors: 2 }) },
    ]);
    expect(breakdowns.targetGroup.map((r) => [r.key, r.label, r.metrics.views])).toEqual([
      ['elderly', '老年人', 1],
      ['villagers', '村民', 1],
    ]);
    expect(row(breakdowns.event, event.clientId).label).toContain(event.title);
  });
});

describe('shares, sign-ups, quizzes and feedback', () => {
  it('counts share taps, opens from shares and the distinct people shares reached', async () => {
    const { campaign } = await givenCampaign();
    const sharedOpen = (): Beacon => aBeacon({ kind: 'share_open', scene: 1008, sharer: 'sharer-tag-01' } as Partial<Beacon>);
    const reader = aVisitorId();

    await send(aBatch(campaign.code, [aBeacon({ kind: 'share_tap' }), aBeacon({ kind: 'share_tap' })], { source: 'counter' }));
    await send(aBatch(campaign.code, [sharedOpen(), sharedOpen()], { source: 'counter', visitorId: reader }));
    await send(aBatch(campaign.code, [sharedOpen()], { source: 'counter' }));

    const { totals, breakdowns } = await readTotals(campaign.code, admin);
    expect(totals).toMatchObject({ shareTaps: 2, shareOpens: 3, shareReach: 2, visitors: 3 });
    expect(row(breakdowns.source, 'counter').metrics).toMatchObject({ shareOpens: 3, shareReach: 2 });
  });

  it('refuses an open from a share outside WeChat’s sharing scenes', async () => {
    const { campaign } = await givenCampaign();

    const response = await send(
      aBatch(campaign.code, [aBeacon({ kind: 'share_open', scene: 1011, sharer: 'sharer-tag-01' } as unknown as Partial<Beacon>)]),
    );

    expect(response.status).toBe(400);
  });

  it('counts each person’s sign-up for an event once, quiz completions each time, and ratings with their sum', async () => {
    const { campaign } = await givenCampaign({}, { withVideos: true });
    const event = await givenEvent(campaign.code, tree.countyB.id);
    const person = aVisitorId();
    const atEvent = { eventId: event.clientId, source: 'event', visitorId: person };

    await send(aBatch(campaign.code, [aBeacon({ kind: 'signup' }), aBeacon({ kind: 'signup' })], atEvent));
    await send(
      aBatch(campaign.code, [
        aBeacon({ kind: 'quiz_complete', target: { type: 'quiz' } }),
        aBeacon({ kind: 'quiz_complete', target: { type: 'quiz' } }),
      ]),
    );
    await send(aBatch(campaign.code, [aBeacon({ kind: 'feedback', rating: 5 } as Partial<Beacon>)]));
    await send(aBatch(campaign.code, [aBeacon({ kind: 'feedback', rating: 2 } as Partial<Beacon>)]));
    await send(
      aBatch(campaign.code, [aBeacon({ kind: 'video_play', target: { type: 'material', materialId: campaign.materialIds[0]! } })]),
    );

    const { totals } = await readTotals(campaign.code, admin);
    expect(totals).toMatchObject({ signups: 1, quizCompletions: 2, feedbacks: 2, ratingSum: 7, videoPlays: 1, views: 0 });
  });

  it('counts a beacon id once whatever kind a replay claims', async () => {
    const { campaign } = await givenCampaign();
    const id = randomUUID();

    await send(aBatch(campaign.code, [aBeacon({ id })]));
    const replay = await send(aBatch(campaign.code, [aBeacon({ id, kind: 'share_tap' })]));

    expect(replay.body).toEqual({ accepted: 1 });
    expect((await readTotals(campaign.code, admin)).totals).toMatchObject({ views: 1, shareTaps: 0 });
  });
});
