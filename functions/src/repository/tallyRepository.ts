import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../errors';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { keys, shardOf, totalsShardCount } from './keys';

/** A beacon as stored for deduplication and audit: no raw visitor id, no address. */
export interface BeaconRecord {
  campaignCode: string;
  beaconId: string;
  kind: string;
  targetType: string;
  materialId?: string;
  source?: string;
  visitorHash: string;
  /** When it happened on the phone. */
  at: string;
  receivedAt: string;
  /** Epoch seconds after which DynamoDB's TTL may delete the raw record. */
  expiresAt: number;
}

export type Counters = Record<string, number>;

export interface RecordBeaconInput {
  record: BeaconRecord;
  /** Added to the campaign totals when the beacon is new. */
  counters: Counters;
  /** Added as well when this is the first beacon of the visitor in the campaign. */
  newVisitorCounters: Counters;
  /** Whether to try counting the visitor as new (false once the visitor is known to be counted). */
  mayBeNewVisitor: boolean;
}

export type RecordBeaconOutcome =
  | { result: 'duplicate' }
  | { result: 'counted'; newVisitor: boolean };

const maxConflictRetries = 6;

/**
 * Counts one beacon exactly once. One transaction writes the dedup record (only if its id
 * is new), the visitor marker (only if the visitor is new) and the counter increments, so
 * either all of them happen or none: a retry or replay can never count twice, and a
 * failure half-way can never leave a count without its record.
 */
export async function recordBeacon(input: RecordBeaconInput): Promise<RecordBeaconOutcome> {
  let tryNewVisitor = input.mayBeNewVisitor;
  for (let attempt = 0; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: transactItems(input, tryNewVisitor) }));
      return { result: 'counted', newVisitor: tryNewVisitor };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [beaconReason, visitorReason] = (error.CancellationReasons ?? []).map((r) => r.Code);
      if (beaconReason === 'ConditionalCheckFailed') return { result: 'duplicate' };
      if (tryNewVisitor && visitorReason === 'ConditionalCheckFailed') {
        tryNewVisitor = false;
        continue;
      }
      // TransactionConflict: another request touched the same shard or marker; back off.
      if (attempt >= maxConflictRetries) throw new ServiceUnavailableError(error);
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}

function transactItems(input: RecordBeaconInput, tryNewVisitor: boolean) {
  const { record } = input;
  const table = tableName();
  const counters = tryNewVisitor ? addCounters(input.counters, input.newVisitorCounters) : input.counters;
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const adds = Object.entries(counters).map(([name, amount], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = amount;
    return `#c${i} :c${i}`;
  });
  return [
    {
      Put: {
        TableName: table,
        Item: { ...keys.beacon(record.campaignCode, record.beaconId), entity: 'beacon', ...record, ttl: record.expiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...(tryNewVisitor
      ? [
          {
            Put: {
              TableName: table,
              Item: {
                ...keys.visitor(record.campaignCode, record.visitorHash),
                entity: 'visitor',
                firstSeenAt: record.receivedAt,
                ttl: record.expiresAt,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ]
      : []),
    {
      Update: {
        TableName: table,
        Key: keys.totalsShard(record.campaignCode, shardOf(record.beaconId)),
        UpdateExpression: `ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  ];
}

/** Sums the campaign's counter shards: a fixed number of reads, however many beacons. */
export async function readTotals(campaignCode: string): Promise<Counters> {
  const shards = Array.from({ length: totalsShardCount }, (_, shard) => keys.totalsShard(campaignCode, shard));
  const sum: Counters = {};
  for (const item of await batchGetAll(shards)) {
    for (const [name, value] of Object.entries(item)) {
      if (typeof value === 'number') sum[name] = (sum[name] ?? 0) + value;
    }
  }
  return sum;
}

function addCounters(a: Counters, b: Counters): Counters {
  const out = { ...a };
  for (const [name, amount] of Object.entries(b)) out[name] = (out[name] ?? 0) + amount;
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
