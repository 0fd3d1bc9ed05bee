import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { AggregationIncompleteError, aggregateBeacons, type StreamedBeacon } from '../domain/aggregation/aggregateBeacons';
import { countAggregation } from '../observability/aggregatorMetrics';
import { logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import { traceHandler } from '../observability/tracing';
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
async function aggregate(event: AggregatorEvent): Promise<AggregatorResponse> {
  const shard = event.shardId;
  if (!shard) throw new Error('aggregateBeacons: the event has no shardId; its event source mapping needs a tumbling window');
  const records = event.Records.flatMap(streamedBeacon);
  if (records.length === 0) return { batchItemFailures: [], state: {} };
  try {
    const result = await aggregateBeacons({ shard, writer: shard }, records);
    countAggregation(metrics, { records: records.length, result, now: new Date() });
    logger.info('beacons aggregated', { shard, records: event.Records.length, ...result });
    return { batchItemFailures: [], state: {} };
  } catch (error) {
    countAggregation(metrics, { records: records.length, failed: true, now: new Date() });
    if (!(error instanceof AggregationIncompleteError)) {
      logger.error('aggregation failed, Lambda retries the batch', { shard, error });
      throw error;
    }
    logger.warn('aggregation incomplete, Lambda retries from the first unapplied record', {
      shard,
      firstUnapplied: error.firstUnapplied,
      error: error.cause,
    });
    return { batchItemFailures: [{ itemIdentifier: error.firstUnapplied }], state: {} };
  }
}

/**
 * The Lambda handler: the aggregation with the Lambda context on its logs, a trace and its
 * metrics. Scripts and tests call it with the event alone (middy then gives an empty context).
 */
export const handler = middy<AggregatorEvent, AggregatorResponse>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(traceHandler())
  .use(logMetrics(metrics))
  .handler(aggregate) as unknown as (event: AggregatorEvent, context?: Context) => Promise<AggregatorResponse>;

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
    logger.error('malformed beacon item in the stream, not counted', { sequence, error });
    return [];
  }
}
