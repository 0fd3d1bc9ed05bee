import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../errors';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { cancellationReasons } from './conditions';
import { type CounterScope, keys, shardCountOf, shardOf } from './keys';

/** A beacon as stored for deduplication and audit: no raw visitor id, no address. */
export interface BeaconRecord {
  campaignCode: string;
  beaconId: string;
  kind: string;
  targetType: string;
  materialId?: string;
  source?: string;
  eventId?: string;
  visitorHash: string;
  /** When it happened on the phone. */
  at: string;
  receivedAt: string;
  /** Epoch seconds after which DynamoDB's TTL may delete the raw record. */
  expiresAt: number;
}

export type Counters = Record<string, number>;

export interface CounterIncrement {
  scope: CounterScope;
  counters: Counters;
}

/**
 * "The first time this person does this in this scope": a marker item that can be written
 * once, whose increments apply only when it is new (distinct visitors, distinct check-ins).
 */
export interface Marker {
  kind: string;
  scope: CounterScope;
  onFirst: CounterIncrement[];
}

export interface RecordBeaconInput {
  record: BeaconRecord;
  /** Applied whenever the beacon is new. */
  increments: CounterIncrement[];
  /** Markers to try; those already present are skipped without effect. */
  markers: Marker[];
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
      await db().send(new TransactWriteCommand({ TransactItems: transactItems(input, tryMarkers) }));
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
      // TransactionConflict: another request touched the same shard or marker; back off.
      if (attempt >= maxConflictRetries) throw new ServiceUnavailableError(error);
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}

function transactItems(input: RecordBeaconInput, markers: Marker[]) {
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
          ...keys.marker(marker.kind, marker.scope, record.visitorHash),
          entity: 'marker',
          firstSeenAt: record.receivedAt,
          ttl: record.expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
    ...mergeByShard(increments, record.beaconId).map(({ key, counters }) => {
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
function mergeByShard(increments: CounterIncrement[], beaconId: string) {
  const merged = new Map<string, { key: ReturnType<typeof keys.counterShard>; counters: Counters }>();
  for (const { scope, counters } of increments) {
    const key = keys.counterShard(scope, shardOf(beaconId, shardCountOf(scope)));
    const entry = merged.get(key.pk) ?? { key, counters: {} };
    for (const [name, amount] of Object.entries(counters)) entry.counters[name] = (entry.counters[name] ?? 0) + amount;
    merged.set(key.pk, entry);
  }
  return [...merged.values()].filter((entry) => Object.keys(entry.counters).length > 0);
}

/** Sums a scope's counter shards: a fixed number of reads, however many beacons. */
export async function readCounters(scope: CounterScope): Promise<Counters> {
  const shards = Array.from({ length: shardCountOf(scope) }, (_, shard) => keys.counterShard(scope, shard));
  const sum: Counters = {};
  for (const item of await batchGetAll(shards)) {
    for (const [name, value] of Object.entries(item)) {
      if (typeof value === 'number') sum[name] = (sum[name] ?? 0) + value;
    }
  }
  return sum;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
