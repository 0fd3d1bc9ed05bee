import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Bucket, type BucketFigures, type Counters, bucketFigures, campaignBucket } from '../domain/buckets';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { breakdownSortKeyPrefix, counterShardOf, counterShards, counterSortKey, isSpread, keys } from './keys';
import { queryAll } from './tableOps';

/** The campaign-total item's attribute with the receive time of the newest beacon applied to it. */
export const latestAttribute = 'latestAt';

/**
 * One scope's breakdowns (the whole campaign's, or a unit's own), summed over the shards:
 * one key-range query per shard. The cost depends on how many channels, days, materials…
 * the scope has, never on how many beacons were counted.
 */
export async function readDetailCounters(campaignCode: string, scope?: string): Promise<BucketFigures> {
  const shards = await Promise.all(
    Array.from({ length: counterShards }, (_, shard) =>
      queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.counterPartition(campaignCode, shard), ':prefix': breakdownSortKeyPrefix(scope) },
      }),
    ),
  );
  return sumByBucket(shards.flat());
}

/**
 * The counters of these buckets (the campaign, units, events): a spread bucket is read from
 * every shard, a cold one from the one its name picks. Buckets never counted are absent.
 */
export async function readBucketCounters(campaignCode: string, buckets: Bucket[]): Promise<BucketFigures> {
  const distinct = [...new Map(buckets.map((bucket) => [counterSortKey(bucket), bucket])).values()];
  const itemKeys = distinct.flatMap((bucket) =>
    isSpread(bucket)
      ? Array.from({ length: counterShards }, (_, shard) => keys.counter(campaignCode, shard, bucket))
      : [keys.counter(campaignCode, counterShardOf(bucket, ''), bucket)],
  );
  return sumByBucket(await batchGetAll(itemKeys));
}

/** Counter items summed per bucket (an item's sort key is its bucket's name). */
function sumByBucket(items: Record<string, unknown>[]): BucketFigures {
  const sums = new Map<string, Counters>();
  for (const item of items) {
    const sum = sums.get(String(item.sk)) ?? {};
    addCounters(sum, item);
    sums.set(String(item.sk), sum);
  }
  return bucketFigures(sums);
}

/** The counters of one cold bucket (an event): a single item. */
export async function readColdBucket(campaignCode: string, bucket: Bucket): Promise<Counters> {
  if (isSpread(bucket)) throw new Error('readColdBucket: a spread bucket lives in every shard');
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.counter(campaignCode, counterShardOf(bucket, ''), bucket) }),
  );
  const sum: Counters = {};
  addCounters(sum, result.Item ?? {});
  return sum;
}

/**
 * When the newest beacon counted for a campaign was received (ISO 8601): the latest of its
 * campaign-total items, which each aggregator updates last in every plan. Undefined before any.
 */
export async function readCampaignUpdatedAt(campaignCode: string): Promise<string | undefined> {
  const items = await batchGetAll(Array.from({ length: counterShards }, (_, shard) => keys.counter(campaignCode, shard, campaignBucket)));
  let latest: string | undefined;
  for (const item of items) {
    const value = item[latestAttribute];
    if (typeof value === 'string' && (latest === undefined || value > latest)) latest = value;
  }
  return latest;
}

function addCounters(sum: Counters, item: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(item)) {
    if (typeof value === 'number') {
      const metric = name as keyof Counters;
      sum[metric] = (sum[metric] ?? 0) + value;
    }
  }
}
