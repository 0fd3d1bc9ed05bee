import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CountingPlan, Counters, Marker } from '../domain/tally';
import { markerId } from '../domain/tally';
import { ServiceUnavailableError } from '../errors';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { cancellationReasons } from './conditions';
import { type Bucket, bucketId, counterShardOf, counterShards, detailPrefix, keys } from './keys';
import { queryAll } from './tableOps';

/** A beacon as stored for deduplication and audit: no raw visitor id, openid or address. */
export interface BeaconRecord {
  campaignCode: string;
  beaconId: string;
  kind: string;
  targetType: string;
  materialId?: string;
  source?: string;
  eventId?: string;
  /** Keyed hash of the person (openid in WeChat, device id in H5). */
  personHash: string;
  /** share_open: the anonymous sharer tag and where the shared card or link was opened. */
  sharer?: string;
  scene?: number | 'link';
  /** When it happened on the phone. */
  at: string;
  receivedAt: string;
  /** Epoch seconds after which DynamoDB's TTL may delete the raw record. */
  expiresAt: number;
}

export interface RecordBeaconInput extends CountingPlan {
  record: BeaconRecord;
}

export type RecordBeaconOutcome =
  | { result: 'duplicate' }
  | { result: 'counted'; newMarkers: Marker[]; knownMarkers: Marker[] };

const maxConflictRetries = 6;

/**
 * Counts one beacon exactly once. One transaction writes the dedup record (only if its id
 * is new), each marker (only if new) and every counter increment, so either all of it
 * happens or none: a retry or replay can never count twice, and a failure half-way can
 * never leave a count without its record. Markers found present are dropped and the
 * transaction retried without them.
 */
export async function recordBeacon(input: RecordBeaconInput): Promise<RecordBeaconOutcome> {
  let tryMarkers = input.markers;
  const knownMarkers: Marker[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: beaconTransaction(input, tryMarkers) }));
      return { result: 'counted', newMarkers: tryMarkers, knownMarkers };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      if (reasons[0] === 'ConditionalCheckFailed') return { result: 'duplicate' };
      const present = tryMarkers.filter((_, i) => reasons[1 + i] === 'ConditionalCheckFailed');
      if (present.length > 0) {
        knownMarkers.push(...present);
        tryMarkers = tryMarkers.filter((marker) => !present.includes(marker));
        continue;
      }
      // TransactionConflict: another request touched the same counter or marker; back off.
      if (attempt >= maxConflictRetries) throw new ServiceUnavailableError(error);
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}

/** The items of one beacon's transaction: record first, then markers, then one update per counter item. */
export function beaconTransaction(input: RecordBeaconInput, markers: Marker[]) {
  const { record } = input;
  const table = tableName();
  const increments = [...input.increments, ...markers.flatMap((marker) => marker.onFirst)];
  return [
    {
      Put: {
        TableName: table,
        Item: { ...keys.beacon(record.campaignCode, record.beaconId), entity: 'beacon', ...record, ttl: record.expiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...markers.map((marker) => ({
      Put: {
        TableName: table,
        Item: {
          ...keys.marker(marker.kind, record.campaignCode, marker.bucket, record.personHash, marker.qualifier),
          entity: 'marker',
          firstSeenAt: record.receivedAt,
          ttl: record.expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
    ...mergeByItem(record.campaignCode, increments, record.beaconId).map(({ key, counters }) => {
      const names: Record<string, string> = {};
      const values: Record<string, number> = {};
      const adds = Object.entries(counters).map(([name, amount], i) => {
        names[`#c${i}`] = name;
        values[`:c${i}`] = amount;
        return `#c${i} :c${i}`;
      });
      return {
        Update: {
          TableName: table,
          Key: key,
          UpdateExpression: `ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
    }),
  ];
}

/** One update per counter item: a transaction may touch each item only once. */
function mergeByItem(campaignCode: string, increments: RecordBeaconInput['increments'], beaconId: string) {
  const merged = new Map<string, { key: ReturnType<typeof keys.counter>; counters: Counters }>();
  for (const { bucket, counters } of increments) {
    const key = keys.counter(campaignCode, counterShardOf(bucket, beaconId), bucket);
    const id = `${key.pk}|${key.sk}`;
    const entry = merged.get(id) ?? { key, counters: {} };
    for (const [name, amount] of Object.entries(counters) as [keyof Counters, number][]) {
      entry.counters[name] = (entry.counters[name] ?? 0) + amount;
    }
    merged.set(id, entry);
  }
  return [...merged.values()].filter((entry) => Object.keys(entry.counters).length > 0);
}

/** Of these markers, the ids of those this person already has (one batched read). */
export async function presentMarkers(campaignCode: string, personHash: string, markers: Marker[]): Promise<Set<string>> {
  const byPk = new Map(
    markers.map((marker) => [keys.marker(marker.kind, campaignCode, marker.bucket, personHash, marker.qualifier).pk, marker]),
  );
  const items = await batchGetAll([...byPk.keys()].map((pk) => ({ pk, sk: 'MARKER' })));
  return new Set(items.map((item) => markerId(byPk.get(String(item.pk))!)));
}

/**
 * One scope's breakdowns (the whole campaign's, or a province's), summed over the shards, by
 * bucket id: one key-range query per shard. The cost depends on how many channels, days,
 * materials… the scope has, never on how many beacons were counted.
 */
export async function readDetailCounters(campaignCode: string, scope?: string): Promise<Map<string, Counters>> {
  const shards = await Promise.all(
    Array.from({ length: counterShards }, (_, shard) =>
      queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.counterPartition(campaignCode, shard), ':prefix': detailPrefix(scope) },
      }),
    ),
  );
  return sumByBucket(shards.flat());
}

/**
 * The counters of these buckets (the campaign, units, events), by bucket id: a spread
 * bucket is read from every shard, a cold one from the one its name picks. Buckets never
 * counted are absent.
 */
export async function readBucketCounters(campaignCode: string, buckets: Bucket[]): Promise<Map<string, Counters>> {
  const distinct = [...new Map(buckets.map((bucket) => [bucketId(bucket), bucket])).values()];
  const itemKeys = distinct.flatMap((bucket) =>
    bucket.spread
      ? Array.from({ length: counterShards }, (_, shard) => keys.counter(campaignCode, shard, bucket))
      : [keys.counter(campaignCode, counterShardOf(bucket, ''), bucket)],
  );
  return sumByBucket(await batchGetAll(itemKeys));
}

function sumByBucket(items: Record<string, unknown>[]): Map<string, Counters> {
  const sums = new Map<string, Counters>();
  for (const item of items) {
    const sum = sums.get(String(item.sk)) ?? {};
    addCounters(sum, item);
    sums.set(String(item.sk), sum);
  }
  return sums;
}

/** The counters of one cold bucket (an event): a single item. */
export async function readColdBucket(campaignCode: string, bucket: Bucket): Promise<Counters> {
  if (bucket.spread) throw new Error('readColdBucket: a spread bucket lives in every shard');
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.counter(campaignCode, counterShardOf(bucket, ''), bucket) }),
  );
  const sum: Counters = {};
  addCounters(sum, result.Item ?? {});
  return sum;
}

function addCounters(sum: Counters, item: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(item)) {
    if (typeof value === 'number') {
      const metric = name as keyof Counters;
      sum[metric] = (sum[metric] ?? 0) + value;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
