import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { keys } from '../../functions/src/repository/keys';
import { compareSequences } from '../../functions/src/domain/aggregation/aggregateBeacons';
import { isBeaconInsert } from './streamPoller';

export interface AggregationTarget {
  endpoint: string;
  tableName: string;
  streamArn: string;
}

/**
 * Beacons in the stream that the aggregator has not committed yet, per shard: read from
 * each shard's checkpoint to the end. Zero everywhere, with no plan pending, means every
 * beacon stored so far is in the totals.
 */
export async function unaggregatedBeacons(target: AggregationTarget): Promise<number> {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const streams = new DynamoDBStreamsClient({ endpoint: target.endpoint, region: 'cn-north-1', credentials });
  const table = new DynamoDBClient({ endpoint: target.endpoint, region: 'cn-north-1', credentials });
  try {
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: target.streamArn }))).StreamDescription?.Shards ?? [];
    let waiting = 0;
    for (const shard of shards) {
      const state = await table.send(
        new GetItemCommand({ TableName: target.tableName, Key: marshallKey(keys.aggregatorState(shard.ShardId!)), ConsistentRead: true }),
      );
      const checkpoint = state.Item?.checkpoint?.S;
      if (state.Item?.pending) waiting++;
      let iterator = (
        await streams.send(
          new GetShardIteratorCommand({
            StreamArn: target.streamArn,
            ShardId: shard.ShardId!,
            ...(checkpoint
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: checkpoint }
              : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        )
      ).ShardIterator;
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const records = page.Records ?? [];
        waiting += records.filter(
          (record) => isBeaconInsert(record) && (!checkpoint || compareSequences(record.dynamodb!.SequenceNumber!, checkpoint) > 0),
        ).length;
        if (records.length === 0) break;
        iterator = page.NextShardIterator;
      }
    }
    return waiting;
  } finally {
    streams.destroy();
    table.destroy();
  }
}

/** Waits, with a bound, until every beacon stored so far is counted. */
export async function awaitAggregated(target: AggregationTarget, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let waiting = -1;
  while (performance.now() < deadline) {
    waiting = await unaggregatedBeacons(target);
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${waiting} beacons were still not aggregated after ${timeoutMs} ms`);
}

function marshallKey(key: { pk: string; sk: string }) {
  return { pk: { S: key.pk }, sk: { S: key.sk } };
}
