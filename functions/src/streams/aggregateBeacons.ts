import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { AggregationIncompleteError, aggregateBeacons, type StreamedBeacon } from '../domain/aggregation/aggregateBeacons';
import { describeError, logger } from '../logger';
import { isBeaconItem, MalformedBeaconItemError, parseBeaconItem } from '../repository/beaconRepository';

/**
 * The stream event as Lambda delivers it with a tumbling window configured: the window's
 * fields name the shard the batch comes from, which is what the checkpoint is kept by.
 */
export interface AggregatorEvent extends DynamoDBStreamEvent {
  shardId?: string;
  eventSourceARN?: string;
  window?: { start: string; end: string };
  state?: Record<string, string>;
  isFinalInvokeForWindow?: boolean;
}

/** A tumbling-window answer: Lambda requires `state`; failures make it retry from that record. */
export interface AggregatorResponse extends DynamoDBBatchResponse {
  state: Record<string, string>;
}

/**
 * Stream handler (DynamoDB Streams → Lambda, filtered on beacon INSERTs), not an HTTP
 * endpoint: the table's event source mapping is its only caller. counts new
 * beacons exactly once (domain/aggregation). On a failure part-way it names the first
 * record not applied, so Lambda retries from there; everything before it is counted.
 */
export async function handler(event: AggregatorEvent): Promise<AggregatorResponse> {
  const shard = event.shardId;
  if (!shard) throw new Error('aggregateBeacons: the event has no shardId; its event source mapping needs a tumbling window');
  const records = event.Records.flatMap(streamedBeacon);
  if (records.length === 0) return { batchItemFailures: [], state: {} };
  try {
    const result = await aggregateBeacons({ shard, writer: shard }, records);
    logger.info('beacons aggregated', { shard, records: event.Records.length, ...result });
    return { batchItemFailures: [], state: {} };
  } catch (error) {
    if (!(error instanceof AggregationIncompleteError)) throw error;
    logger.warn('aggregation incomplete, Lambda retries from the first unapplied record', {
      shard,
      firstUnapplied: error.firstUnapplied,
      ...describeError(error.cause),
    });
    return { batchItemFailures: [{ itemIdentifier: error.firstUnapplied }], state: {} };
  }
}

/**
 * A stream record as a beacon to count, or nothing: only INSERTs of beacon items count (the
 * event source mapping's filter says the same; this keeps it true where filtering is not
 * used). A MODIFY — the same beacon id sent again with other content — is never counted.
 */
export function streamedBeacon(record: DynamoDBRecord): StreamedBeacon[] {
  const image = record.dynamodb?.NewImage;
  const sequence = record.dynamodb?.SequenceNumber;
  if (record.eventName !== 'INSERT' || !image || !sequence) return [];
  const item = unmarshall(image as never);
  if (!isBeaconItem(item)) return [];
  try {
    const created = record.dynamodb?.ApproximateCreationDateTime;
    return [{ sequence, receivedAt: new Date(created ? created * 1000 : Date.now()), beacon: parseBeaconItem(item) }];
  } catch (error) {
    // Not something the API wrote: it cannot be counted, and retrying would not change that.
    if (!(error instanceof MalformedBeaconItemError)) throw error;
    logger.error('malformed beacon item in the stream, not counted', { sequence, ...describeError(error) });
    return [];
  }
}
