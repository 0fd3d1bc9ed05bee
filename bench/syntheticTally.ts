/**
 * Synthetic beacons counted in memory exactly as the tally engine counts them, then written
 * as the counter items the engine would have left behind. Pushing a million beacons through
 * the API would take hours on DynamoDB Local; the read side only sees the counter items, so
 * building the same items directly measures the same read. Import only after the
 * environment is set (bench/lib).
 */
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, type Beacon, type BeaconKind, type Material, type MetricName, metricNames } from '@rights-outreach/shared';
import { unitIdsOf } from '../functions/src/domain/beaconPlace';
import { type BeaconPlace, countingPlan, type Counters, type Marker, tallyBeacon } from '../functions/src/domain/tally';
import { db, tableName } from '../functions/src/repository/client';
import { type Bucket, bucketName } from '../functions/src/domain/buckets';
import { counterShardOf, counterShards, keys, shardOf } from '../functions/src/repository/keys';
import { campaignDays, campaignStart, inParallel, type SeededEvent, type Unit } from './nationalFixture';
import { type Prng, prng } from '../scripts/lib/prng';

export interface SyntheticLoad {
  campaignCode: string;
  beacons: number;
  /** Distinct people the beacons are drawn from. */
  people: number;
  seed: number;
}

export interface CounterItem {
  pk: string;
  sk: string;
  counters: Counters;
}

export interface SyntheticTally {
  items: CounterItem[];
  /** Counted while generating, independently of the engine: what the totals must show. */
  expected: { views: number; visitors: number };
  kinds: Record<BeaconKind, number>;
  aggregateMs: number;
}

/** Where people scan a code: an event's, a county's poster or counter code, or the national Moments link. */
function placesOf(campaignCode: string, events: SeededEvent[], counties: Unit[]): BeaconPlace[] {
  return [
    ...events.map((event) => ({
      campaignCode,
      eventId: event.id,
      source: 'event',
      channel: 'event' as const,
      unitIds: event.unitIds,
      targetGroups: event.targetGroups,
    })),
    ...counties.flatMap((county) =>
      (['poster', 'counter'] as const).map((channel) => ({
        campaignCode,
        source: `${channel}.${county.id}`,
        channel,
        unitIds: unitIdsOf(county.path),
        targetGroups: [],
      })),
    ),
    { campaignCode, source: 'moments', channel: 'moments', unitIds: [], targetGroups: [] },
  ];
}

/** Mostly page views; the rest spread over the other kinds (check-ins and sign-ups only at events). */
const kindWeights: [BeaconKind, number][] = [
  ['view', 0.7],
  ['video_play', 0.08],
  ['share_tap', 0.06],
  ['share_open', 0.05],
  ['quiz_complete', 0.03],
  ['feedback', 0.03],
  ['checkin', 0.03],
  ['signup', 0.02],
];

/**
 * Generates the beacons with a fixed seed and counts each through `countingPlan`: its
 * increments always, a marker's increments only the first time that marker meets that
 * person. The first beacons visit every place, material and day once, so every campaign
 * built from the same events, units and materials has the same buckets whatever its size.
 */
export function tallySynthetic(load: SyntheticLoad, events: SeededEvent[], counties: Unit[], materials: Material[]): SyntheticTally {
  const started = performance.now();
  const random = prng(load.seed);
  const places = placesOf(load.campaignCode, events, counties);
  const eventPlaces = events.length;
  const countyPlaces = counties.length * 2;
  const videos = materials.filter((material) => material.format === 'video');
  const dayStarts = Array.from({ length: campaignDays }, (_, d) => Date.parse(`${addDays(campaignStart, d)}T00:00:00+08:00`));
  const homeOf = new Int32Array(load.people).fill(-1);
  const seen = new Uint8Array(load.people);
  const kinds = Object.fromEntries(kindWeights.map(([kind]) => [kind, 0])) as Record<BeaconKind, number>;
  const sums = new CounterSums();
  // Per marker (kind, bucket, qualifier), the people it has met, addressed by numbers, not
  // markerId strings: hashing ~25 fresh strings per beacon was most of the time at 1M beacons.
  // Unqualified markers (~3,000) meet many people: a bit per person. Per-event ones (check-in,
  // sign-up; ~10,000) meet few: a set each.
  const peopleBits = new Map<number, Uint8Array>();
  const peopleSets = new Map<number, Set<number>>();
  const qualifiers = new Map<string, number>();
  let visitors = 0;

  const anyPlace = () => {
    const roll = random.next();
    if (roll < 0.3) return random.below(eventPlaces);
    if (roll < 0.75) return eventPlaces + random.below(countyPlaces);
    return eventPlaces + countyPlaces;
  };
  /** Whether this is the first time this marker meets this person; remembers the meeting. */
  const firstMeeting = (marker: Marker, bucketIndex: number, person: number): boolean => {
    const kindSlot = markerKinds.indexOf(marker.kind) * maxBuckets + bucketIndex;
    if (marker.qualifier === undefined) {
      let bits = peopleBits.get(kindSlot);
      if (!bits) peopleBits.set(kindSlot, (bits = new Uint8Array((load.people + 7) >> 3)));
      const mask = 1 << (person & 7);
      if (bits[person >> 3]! & mask) return false;
      bits[person >> 3]! |= mask;
      return true;
    }
    let qualifier = qualifiers.get(marker.qualifier);
    if (qualifier === undefined) qualifiers.set(marker.qualifier, (qualifier = qualifiers.size));
    const slot = qualifier * markerKinds.length * maxBuckets + kindSlot;
    let met = peopleSets.get(slot);
    if (!met) peopleSets.set(slot, (met = new Set()));
    if (met.has(person)) return false;
    met.add(person);
    return true;
  };

  for (let i = 0; i < load.beacons; i++) {
    const covering = i < places.length;
    const person = covering ? i % load.people : random.below(load.people);
    let placeIndex: number;
    if (covering) placeIndex = i;
    else if (random.next() < 0.8) placeIndex = homeOf[person]! >= 0 ? homeOf[person]! : (homeOf[person] = anyPlace());
    else placeIndex = anyPlace();
    const place = places[placeIndex]!;
    const day = covering ? i % campaignDays : random.below(campaignDays);
    const beacon = covering
      ? aBeacon('view', random.uuid(), dayStarts[day]! + random.below(86_400_000), {
          type: 'material',
          materialId: materials[i % materials.length]!.id,
        })
      : randomBeacon(random, dayStarts[day]!, place.eventId !== undefined, materials, videos);

    kinds[beacon.kind]++;
    if (!seen[person]) {
      seen[person] = 1;
      visitors++;
    }
    const plan = countingPlan(tallyBeacon(beacon, place));
    const indexOf = sums.indexerForOnePlan();
    for (const { bucket, counters } of plan.increments) sums.add(bucket, indexOf(bucket), counters, beacon.id);
    for (const marker of plan.markers) {
      if (!firstMeeting(marker, indexOf(marker.bucket), person)) continue;
      for (const { bucket, counters } of marker.onFirst) sums.add(bucket, indexOf(bucket), counters, beacon.id);
    }
  }
  return {
    items: sums.items(load.campaignCode),
    expected: { views: kinds.view, visitors },
    kinds,
    aggregateMs: performance.now() - started,
  };
}

/** Stream shards a national table's beacons arrive on (a table of this size has a handful). */
const streamShards = 8;

const markerKinds: Marker['kind'][] = ['person', 'shareReach', 'checkin', 'signup'];
/** Far more than a campaign has (~1,600): marker slots are numbered per bucket below it. */
const maxBuckets = 1 << 16;

/**
 * Counter sums by item (bucket × shard), addressed by numbers. Each bucket's id string is
 * looked up once per beacon, not once per increment.
 */
class CounterSums {
  private readonly bucketIndexes = new Map<string, number>();
  private readonly buckets: Bucket[] = [];
  private readonly sums: (Float64Array | undefined)[] = [];

  /** Bucket → index for one beacon's plan, whose increments and markers share bucket objects. */
  indexerForOnePlan(): (bucket: Bucket) => number {
    const known: Bucket[] = [];
    const indexes: number[] = [];
    return (bucket) => {
      const at = known.indexOf(bucket);
      if (at >= 0) return indexes[at]!;
      const id = bucketName(bucket);
      let index = this.bucketIndexes.get(id);
      if (index === undefined) {
        index = this.buckets.push(bucket) - 1;
        if (index >= maxBuckets) throw new Error(`more than ${maxBuckets} buckets`);
        this.bucketIndexes.set(id, index);
      }
      known.push(bucket);
      indexes.push(index);
      return index;
    };
  }

  /**
   * Adds to the item the aggregator would update: this bucket in the shard `counterShardOf`
   * picks for the stream shard that carried the beacon (one of `streamShards`, by its id).
   */
  add(bucket: Bucket, bucketIndex: number, counters: Counters, beaconId: string): void {
    const writer = `shardId-bench-${shardOf(beaconId, streamShards)}`;
    const slot = bucketIndex * counterShards + counterShardOf(bucket, writer);
    const sum = (this.sums[slot] ??= new Float64Array(metricNames.length));
    for (const name of Object.keys(counters) as MetricName[]) sum[metricIndex[name]]! += counters[name]!;
  }

  items(campaignCode: string): CounterItem[] {
    const items: CounterItem[] = [];
    this.sums.forEach((sum, slot) => {
      if (!sum) return;
      const bucket = this.buckets[Math.floor(slot / counterShards)]!;
      const counters: Counters = {};
      metricNames.forEach((name, i) => {
        if (sum[i] !== 0) counters[name] = sum[i];
      });
      items.push({ ...keys.counter(campaignCode, slot % counterShards, bucket), counters });
    });
    return items;
  }
}

const metricIndex = Object.fromEntries(metricNames.map((name, i) => [name, i])) as Record<MetricName, number>;

/** A beacon of a weighted random kind at a random moment of its day (Asia/Shanghai). */
function randomBeacon(random: Prng, dayStart: number, atEvent: boolean, materials: Material[], videos: Material[]): Beacon {
  let roll = random.next();
  let kind: BeaconKind = 'view';
  for (const [candidate, weight] of kindWeights) {
    if (roll < weight) {
      kind = candidate;
      break;
    }
    roll -= weight;
  }
  if ((kind === 'checkin' || kind === 'signup') && !atEvent) kind = 'view';
  const page = () =>
    random.next() < 0.4 ? { type: 'landing' as const } : { type: 'material' as const, materialId: random.pick(materials).id };
  const id = random.uuid();
  const at = dayStart + random.below(86_400_000);
  switch (kind) {
    case 'video_play':
      return aBeacon(kind, id, at, { type: 'material', materialId: random.pick(videos).id });
    case 'share_open':
      return { ...aBeacon(kind, id, at, page()), scene: 1007, sharer: `sharer${random.below(100_000)}` } as Beacon;
    case 'feedback':
      return { ...aBeacon(kind, id, at, page()), rating: 1 + random.below(5) } as Beacon;
    case 'quiz_complete':
      return aBeacon(kind, id, at, { type: 'quiz' });
    case 'checkin':
    case 'signup':
      return aBeacon(kind, id, at, { type: 'landing' });
    default:
      return aBeacon(kind, id, at, page());
  }
}

function aBeacon(kind: BeaconKind, id: string, at: number, target: Beacon['target']): Beacon {
  return { id, kind, target, at: new Date(at).toISOString() } as Beacon;
}

/** Writes the counter items with BatchWriteItem (25 a request), re-sending what DynamoDB left unprocessed. */
export async function writeCounterItems(items: CounterItem[]): Promise<void> {
  const table = tableName();
  const chunks = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, i * 25 + 25));
  await inParallel(chunks, 8, async (chunk) => {
    let requests = chunk.map(({ pk, sk, counters }) => ({ PutRequest: { Item: { pk, sk, ...counters } } }));
    for (let round = 0; requests.length > 0; round++) {
      if (round > 8) throw new Error(`BatchWriteItem left ${requests.length} items unprocessed after ${round} rounds`);
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** round)));
      const result = await db().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
      requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  });
}

/** How many counter items a totals read goes through: every item of every shard partition. */
export async function countCounterItems(campaignCode: string): Promise<number> {
  const counts = await Promise.all(
    Array.from({ length: counterShards }, async (_, shard) => {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db().send(
          new QueryCommand({
            TableName: tableName(),
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.counterPartition(campaignCode, shard) },
            Select: 'COUNT',
            ExclusiveStartKey: startKey,
          }),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
