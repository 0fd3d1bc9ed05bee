import { randomBytes, randomUUID } from 'node:crypto';
import { type Beacon, type BeaconBatch, addDays, shanghaiDate } from '@rights-outreach/shared';
import { resetConfig } from '../../functions/src/config';
import { aggregateBeacons } from '../../functions/src/domain/aggregation/aggregateBeacons';
import { recountCampaign } from '../../functions/src/domain/aggregation/recountCampaign';
import { replayFailedBatch } from '../../functions/src/domain/aggregation/replayFailed';
import { handler as aggregate, streamedBeacon } from '../../functions/src/streams/aggregateBeacons';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { closeDb, db } from '../../functions/src/repository/client';
import { localClient } from '../../scripts/lib/dynamoLocal';
import { ensureTable, streamArnOf } from '../../scripts/lib/ensureTable';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aVisitorId, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { beaconInserts, type LambdaStreamRecord, readStream, streamEvent } from '../support/streamRecords';
import { campaignView, expectedTotals, type OracleBeacon } from '../support/tallyOracle';
import { byBucket, sorted } from '../support/totals';

/**
 * The aggregator stays exact whatever Lambda does: it dies part-way, a batch comes back with
 * other boundaries or twice, two aggregators run at once, a beacon id comes back with other
 * content. This file has a table of its own, whose real stream only these tests read; each
 * test gives its records a shard name of its own, so their checkpoints never meet.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT!;
const table = `rights-outreach-faults-${randomBytes(3).toString('hex')}`;
const sharedTable = process.env.TABLE_NAME;
let streamArn: string;
let admin: TestAccount;
let tree: OrgTree;

beforeAll(async () => {
  const client = localClient(endpoint);
  await ensureTable(client, table);
  streamArn = await streamArnOf(client, table);
  client.destroy();
  process.env.TABLE_NAME = table;
  resetConfig();
  closeDb();
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
}, 120_000);

afterAll(() => {
  closeDb();
  process.env.TABLE_NAME = sharedTable;
  resetConfig();
});

const aShard = () => `shardId-test-${randomUUID()}`;

/** A campaign with two events and a few dozen beacons of every kind from several people and places. */
async function givenActivity(): Promise<{ campaignCode: string; sent: OracleBeacon[]; records: LambdaStreamRecord[] }> {
  const { campaign, materials } = await givenCampaign();
  const eventA = anEventRequest(campaign.code, tree.counterA.id, { targetGroups: ['elderly', 'students'] });
  const eventB = anEventRequest(campaign.code, tree.countyB.id, { targetGroups: ['villagers'] });
  for (const event of [eventA, eventB]) {
    expect((await invoke(createEvent, { method: 'POST', body: event, headers: bearer(admin) })).status).toBe(201);
  }
  const unitsOf = (path: string) => path.split('/').filter(Boolean);
  const places = [
    { batch: { eventId: eventA.clientId, source: 'event' }, unitIds: unitsOf(tree.counterA.path), targetGroups: ['elderly', 'students'] },
    { batch: { eventId: eventB.clientId, source: 'event' }, unitIds: unitsOf(tree.countyB.path), targetGroups: ['villagers'] },
    { batch: { source: `poster.${tree.countyA.id}` }, unitIds: unitsOf(tree.countyA.path), targetGroups: [] },
    { batch: { source: 'moments' }, unitIds: [], targetGroups: [] },
  ];
  const people = Array.from({ length: 5 }, aVisitorId);
  const today = shanghaiDate(new Date());
  const sent: OracleBeacon[] = [];
  for (let i = 0; i < 16; i++) {
    const place = places[i % places.length]!;
    const person = people[(i * 3) % people.length]!;
    // From yesterday back: nothing lies in the future, whatever the hour.
    const at = (days: number) => `${addDays(today, -1 - days)}T0${i % 9}:15:00+08:00`;
    const beacons: Beacon[] = [
      { id: randomUUID(), kind: 'view', target: { type: 'landing' }, at: at(i) },
      { id: randomUUID(), kind: 'view', target: { type: 'material', materialId: materials[i % 2]!.id }, at: at(i % 5) },
      i % 3 === 0
        ? {
            id: randomUUID(),
            kind: 'share_open',
            target: { type: 'landing' },
            scene: 1008,
            sharer: randomBytes(6).toString('base64url'),
            at: at(0),
          }
        : { id: randomUUID(), kind: 'feedback', target: { type: 'landing' }, rating: 1 + (i % 5), at: at(1) },
      ...(place.batch.eventId ? [{ id: randomUUID(), kind: 'checkin', target: { type: 'landing' }, at: at(0) } as Beacon] : []),
    ];
    const body: BeaconBatch = { campaignCode: campaign.code, ...place.batch, visitorId: person, beacons };
    expect((await invoke(recordBeacons, { method: 'POST', body })).status).toBe(200);
    sent.push(...beacons.map((beacon) => ({ person, beacon, ...place.batch, unitIds: place.unitIds, targetGroups: place.targetGroups })));
  }
  const ids = new Set(sent.map((s) => s.beacon.id));
  const records = beaconInserts(await readStream(endpoint, streamArn)).filter((record) =>
    ids.has(String(record.dynamodb?.NewImage?.id?.S)),
  );
  expect(records).toHaveLength(sent.length);
  return { campaignCode: campaign.code, sent, records };
}

async function expectExact(campaignCode: string, sent: OracleBeacon[]): Promise<void> {
  const response = await invoke(getCampaignTotals, { pathParameters: { code: campaignCode }, headers: bearer(admin) });
  expect(response.status).toBe(200);
  expect(sorted(byBucket(response.body))).toEqual(sorted(campaignView(expectedTotals(sent))));
}

/** Makes the store refuse every TransactWriteItems after the first `k`, as if the function died there. */
function dieAfterTransactions(k: number): { transactions: () => number; stop: () => void } {
  let seen = 0;
  const name = `die-after-${randomBytes(3).toString('hex')}`;
  db().middlewareStack.add(
    (next) => async (args) => {
      if ('TransactItems' in (args.input as object) && ++seen > k) throw new Error('injected: the function died here');
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { transactions: () => seen, stop: () => db().middlewareStack.remove(name) };
}

it('ends exact when the aggregator dies after k of its n transactions and Lambda retries the batch', async () => {
  for (const k of [0, 1, 2, 4]) {
    const { campaignCode, sent, records } = await givenActivity();
    const shard = aShard();
    const beacons = records.flatMap(streamedBeacon);
    const dying = dieAfterTransactions(k);
    // Small plans and a few beacons a slice of work: many transactions to die between.
    await expect(aggregateBeacons({ shard, writer: shard }, beacons, { maxPlanBeacons: 5 })).rejects.toThrow(
      /stopped before stream record/,
    );
    dying.stop();
    // Lambda retries the same batch; the checkpoint skips what was committed.
    const retried = await aggregate(streamEvent(shard, records));
    expect(retried.batchItemFailures).toEqual([]);
    await expectExact(campaignCode, sent);
  }
  // Four campaigns' activity, each aggregated twice, on two shared cores.
}, 300_000);

it('finishes a large plan that died between its slices, applying each slice once', async () => {
  const { campaignCode, sent, records } = await givenActivity();
  const shard = aShard();
  // One plan for the whole batch: more counter items than one transaction takes, so it is sliced.
  const dying = dieAfterTransactions(2);
  const failed = await aggregate(streamEvent(shard, records));
  dying.stop();
  expect(failed.batchItemFailures).toEqual([{ itemIdentifier: records[0]!.dynamodb!.SequenceNumber }]);
  expect(dying.transactions()).toBeGreaterThan(2);
  // A retry with other boundaries: the second half first, then everything.
  const half = Math.floor(records.length / 2);
  await aggregate(streamEvent(shard, records.slice(half)));
  await aggregate(streamEvent(shard, records));
  await expectExact(campaignCode, sent);
});

it('ends exact when the same records are redelivered with other batch boundaries and duplicated', async () => {
  const { campaignCode, sent, records } = await givenActivity();
  const shard = aShard();
  const n = records.length;
  const deliveries = [
    records.slice(0, 5),
    records.slice(3, 11),
    [...records.slice(9, 14), records[10]!, records[13]!],
    records.slice(0, n),
    records.slice(n - 4),
  ];
  for (const batch of deliveries) expect((await aggregate(streamEvent(shard, batch))).batchItemFailures).toEqual([]);
  await expectExact(campaignCode, sent);
});

it('ends exact when aggregators of two shards, and two of the same shard, run at once on the same people', async () => {
  const { campaignCode, sent, records } = await givenActivity();
  const [shardA, shardB] = [aShard(), aShard()];
  // Records split between two shards by position: the same people's beacons reach both at once.
  const ofA = records.filter((_, i) => i % 2 === 0);
  const ofB = records.filter((_, i) => i % 2 === 1);
  const results = await Promise.all([
    aggregate(streamEvent(shardA, ofA)),
    aggregate(streamEvent(shardB, ofB)),
    aggregate(streamEvent(shardA, ofA)),
    aggregate(streamEvent(shardB, ofB)),
  ]);
  // A duplicate run that met a commit by the other stops at the first record it could not take.
  for (const [i, result] of results.entries()) {
    if (result.batchItemFailures.length > 0) await aggregate(streamEvent(i % 2 === 0 ? shardA : shardB, i % 2 === 0 ? ofA : ofB));
  }
  await expectExact(campaignCode, sent);
});

it('counts a beacon id sent again with other content once, as first received: the stream carries it as a MODIFY', async () => {
  const { campaign, materials } = await givenCampaign();
  const person = aVisitorId();
  const id = randomUUID();
  const first: Beacon = { id, kind: 'view', target: { type: 'material', materialId: materials[0]!.id }, at: new Date().toISOString() };
  const other: Beacon = { id, kind: 'share_tap', target: { type: 'landing' }, at: new Date().toISOString() };
  for (const beacon of [first, first, other]) {
    const body: BeaconBatch = { campaignCode: campaign.code, source: 'counter', visitorId: person, beacons: [beacon] };
    expect((await invoke(recordBeacons, { method: 'POST', body })).status).toBe(200);
  }
  const ofBeacon = (await readStream(endpoint, streamArn)).filter((record) => record.dynamodb?.NewImage?.id?.S === id);
  // The repeat changed nothing and was not streamed; the other content is a MODIFY.
  expect(ofBeacon.map((record) => record.eventName)).toEqual(['INSERT', 'MODIFY']);
  const shard = aShard();
  expect((await aggregate(streamEvent(shard, ofBeacon))).batchItemFailures).toEqual([]);
  await expectExact(campaign.code, [{ person, beacon: first, source: 'counter', unitIds: [], targetGroups: [] }]);
});

it('replays a batch Lambda gave up on after part of it was applied, exactly once however often the replay runs', async () => {
  const { campaignCode, sent, records } = await givenActivity();
  const shard = aShard();
  const failedPart = records.slice(0, 10);
  // Lambda's tries of the first batch all die after one plan (its new people's records in one
  // transaction, then its commit): it gives up and takes the next batch.
  const dying = dieAfterTransactions(2);
  await expect(aggregateBeacons({ shard, writer: shard }, failedPart.flatMap(streamedBeacon), { maxPlanBeacons: 3 })).rejects.toThrow();
  dying.stop();
  expect((await aggregate(streamEvent(shard, records.slice(10)))).batchItemFailures).toEqual([]);

  // The on-failure destination names the batch; the replay reads its records again.
  const failed = {
    shardId: shard,
    startSequenceNumber: failedPart[0]!.dynamodb!.SequenceNumber!,
    endSequenceNumber: failedPart[failedPart.length - 1]!.dynamodb!.SequenceNumber!,
  };
  const first = await replayFailedBatch(failed, records.flatMap(streamedBeacon));
  expect(first).toMatchObject({ counted: 7, alreadyApplied: 3 });
  const again = await replayFailedBatch(failed, records.flatMap(streamedBeacon));
  expect(again).toMatchObject({ counted: 0 });
  await expectExact(campaignCode, sent);
});

it('recounts a campaign from its stored beacons to the very figures the stream gave', async () => {
  const { campaignCode, sent, records } = await givenActivity();
  await aggregate(streamEvent(aShard(), records));
  await expectExact(campaignCode, sent);

  const result = await recountCampaign(campaignCode);

  expect(result).toMatchObject({ beacons: sent.length, unreadable: 0 });
  await expectExact(campaignCode, sent);
});
