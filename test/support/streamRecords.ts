import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import type { AggregatorEvent } from '../../functions/src/streams/aggregateBeacons';
import { isBeaconInsert, toLambdaRecord } from '../../scripts/lib/streamPoller';

export type LambdaStreamRecord = AggregatorEvent['Records'][number];

/** Every record of a table's stream so far (all shards, in order), as Lambda would deliver it. */
export async function readStream(endpoint: string, streamArn: string): Promise<LambdaStreamRecord[]> {
  const client = new DynamoDBStreamsClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const shards = (await client.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
    const records: LambdaStreamRecord[] = [];
    for (const shard of shards) {
      let iterator = (
        await client.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))
      ).ShardIterator;
      while (iterator) {
        const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        records.push(...(page.Records ?? []).map((record) => toLambdaRecord(record, streamArn)));
        if ((page.Records ?? []).length === 0) break;
        iterator = page.NextShardIterator;
      }
    }
    return records;
  } finally {
    client.destroy();
  }
}

/** The beacon INSERTs among records: what the event source mapping's filter lets through. */
export function beaconInserts(records: LambdaStreamRecord[]): LambdaStreamRecord[] {
  return records.filter((record) => isBeaconInsert(record as never));
}

/** A stream event for the aggregator's handler, from the given shard. */
export function streamEvent(shardId: string, records: LambdaStreamRecord[]): AggregatorEvent {
  return { Records: records, shardId, state: {}, window: { start: new Date(0).toISOString(), end: new Date(60_000).toISOString() } };
}
