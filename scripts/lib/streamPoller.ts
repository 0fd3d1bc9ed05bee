/**
 * The local stand-in for Lambda's DynamoDB Streams event source mapping: reads DynamoDB
 * Local's real stream with @aws-sdk/client-dynamodb-streams and calls the aggregator's own
 * Lambda handler with real stream records, as serverless.yml configures it on AWS — the
 * same filter (beacon INSERTs), batch size and batching window, one batch at a time per
 * shard, parents before children, the tumbling window's `shardId`, retries from the first
 * failed record (ReportBatchItemFailures), and after its retries the batch's description
 * to an on-failure destination. (serverless-offline-dynamodb-streams is not used: it
 * predates osls and serverless-offline 14, and has no filters or item failures.)
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { AggregatorEvent, AggregatorResponse } from '../../functions/src/streams/aggregateBeacons';

/** What Lambda sends an on-failure destination for a stream batch it gave up on. */
export interface StreamFailureMessage {
  requestContext: { condition: 'RetryAttemptsExhausted'; approximateInvokeCount: number };
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord: string;
    approximateArrivalOfLastRecord: string;
    batchSize: number;
    streamArn: string;
  };
}

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  handler: (event: AggregatorEvent) => Promise<AggregatorResponse>;
  /** serverless.yml: batchSize 2000. */
  batchSize?: number;
  /** serverless.yml: batchWindow 1 s. Tests use less, to count within a moment. */
  batchWindowMs?: number;
  /** How often an idle shard is read again. */
  idlePollMs?: number;
  /** Retries of a failing batch before it goes to `onFailure` (serverless.yml: 20). */
  maxRetries?: number;
  onFailure?: (message: StreamFailureMessage) => Promise<void>;
  log?: (line: string) => void;
}

export interface StreamPoller {
  stop(): Promise<void>;
}

interface ShardReader {
  shard: Shard;
  iterator?: string;
  lastSequence?: string;
  /** Filtered records read but not yet handed to the handler. */
  pending: StreamRecord[];
  firstPendingAt?: number;
  attempts: number;
  nextAttemptAt: number;
  closed: boolean;
  /** The batch the handler has now; meanwhile the next one is read, as Lambda reads ahead. */
  inFlight?: Promise<void>;
}

/** GetRecords answers at most 1,000 records a call: bigger batches take several reads. */
const maxRecordsPerRead = 1_000;

/** Starts polling; `stop()` finishes the batch in hand and returns. */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const batchSize = options.batchSize ?? 2_000;
  const batchWindowMs = options.batchWindowMs ?? 1_000;
  const idlePollMs = options.idlePollMs ?? 200;
  const maxRetries = options.maxRetries ?? 20;
  const log = options.log ?? (() => undefined);
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
  });
  const readers = new Map<string, ShardReader>();
  let stopped = false;
  let wake: (() => void) | undefined;
  /** Set when a batch finishes while the loop is not asleep: look again at once. */
  let woken = false;
  let lastDescribe = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const wakeUp = () => {
    woken = true;
    wake?.();
  };

  async function describeShards(): Promise<void> {
    let start: string | undefined;
    do {
      const page = await client.send(new DescribeStreamCommand({ StreamArn: options.streamArn, ExclusiveStartShardId: start }));
      for (const shard of page.StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !readers.has(shard.ShardId)) {
          readers.set(shard.ShardId, { shard, pending: [], attempts: 0, nextAttemptAt: 0, closed: false });
        }
      }
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    lastDescribe = Date.now();
  }

  /** A child shard waits until its parent is read to the end (Lambda's order). */
  const ready = (reader: ShardReader) => {
    const parent = reader.shard.ParentShardId ? readers.get(reader.shard.ParentShardId) : undefined;
    return !parent || (parent.closed && parent.pending.length === 0 && !parent.inFlight);
  };

  async function iteratorOf(reader: ShardReader): Promise<string | undefined> {
    const result = await client.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: reader.shard.ShardId!,
        ...(reader.lastSequence
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: reader.lastSequence }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return result.ShardIterator;
  }

  /** Reads what the shard has; answers whether it read anything. */
  async function read(reader: ShardReader): Promise<boolean> {
    if (reader.closed || reader.pending.length >= batchSize) return false;
    reader.iterator ??= await iteratorOf(reader);
    if (!reader.iterator) {
      reader.closed = true;
      return false;
    }
    try {
      const page = await client.send(
        new GetRecordsCommand({ ShardIterator: reader.iterator, Limit: Math.min(maxRecordsPerRead, batchSize - reader.pending.length) }),
      );
      const records = page.Records ?? [];
      reader.iterator = page.NextShardIterator;
      if (!reader.iterator) reader.closed = true;
      if (records.length > 0) reader.lastSequence = records[records.length - 1]!.dynamodb?.SequenceNumber;
      const beacons = records.filter(isBeaconInsert);
      if (beacons.length > 0 && reader.pending.length === 0) reader.firstPendingAt = Date.now();
      reader.pending.push(...beacons);
      return records.length > 0;
    } catch (error) {
      if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
        reader.iterator = undefined;
        return false;
      }
      throw error;
    }
  }

  /** Hands the handler the first batch of what is pending; what failed goes back in front. */
  async function deliver(reader: ShardReader): Promise<void> {
    const batch = reader.pending.splice(0, batchSize);
    reader.firstPendingAt = reader.pending.length > 0 ? Date.now() : undefined;
    const shardId = reader.shard.ShardId!;
    const now = new Date();
    const event: AggregatorEvent = {
      Records: batch.map((record) => toLambdaRecord(record, options.streamArn)),
      shardId,
      eventSourceARN: options.streamArn,
      window: {
        start: new Date(now.getTime() - (now.getTime() % 60_000)).toISOString(),
        end: new Date(now.getTime() - (now.getTime() % 60_000) + 60_000).toISOString(),
      },
      state: {},
      isFinalInvokeForWindow: false,
    };
    let failedFrom: string | undefined;
    try {
      const response = await options.handler(event);
      failedFrom = response.batchItemFailures[0]?.itemIdentifier;
    } catch (error) {
      log(`aggregator threw on ${batch.length} records of ${shardId}: ${(error as Error).message}`);
      failedFrom = batch[0]!.dynamodb!.SequenceNumber!;
    }
    if (failedFrom === undefined) {
      reader.attempts = 0;
      return;
    }
    const index = Math.max(
      0,
      batch.findIndex((record) => record.dynamodb?.SequenceNumber === failedFrom),
    );
    const failed = batch.slice(index);
    reader.attempts++;
    if (reader.attempts <= maxRetries) {
      reader.pending = [...failed, ...reader.pending];
      reader.firstPendingAt ??= Date.now();
      reader.nextAttemptAt = Date.now() + Math.min(10_000, 100 * 2 ** Math.min(reader.attempts, 7));
      return;
    }
    reader.attempts = 0;
    const first = failed[0]!.dynamodb!;
    const last = failed[failed.length - 1]!.dynamodb!;
    log(`gave up on ${failed.length} records of ${shardId} after ${maxRetries} retries: sent to the failure destination`);
    const message: StreamFailureMessage = {
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: maxRetries + 1 },
      DDBStreamBatchInfo: {
        shardId,
        startSequenceNumber: first.SequenceNumber!,
        endSequenceNumber: last.SequenceNumber!,
        approximateArrivalOfFirstRecord: new Date(first.ApproximateCreationDateTime ?? 0).toISOString(),
        approximateArrivalOfLastRecord: new Date(last.ApproximateCreationDateTime ?? 0).toISOString(),
        batchSize: failed.length,
        streamArn: options.streamArn,
      },
    };
    try {
      await options.onFailure?.(message);
    } catch (error) {
      // Not lost: the records stay in front, and the next failure sends them again.
      log(`failure destination refused ${failed.length} records of ${shardId}: ${(error as Error).message}`);
      reader.pending = [...failed, ...reader.pending];
      reader.firstPendingAt ??= Date.now();
      reader.attempts = maxRetries;
      reader.nextAttemptAt = Date.now() + 10_000;
    }
  }

  async function step(): Promise<boolean> {
    if (Date.now() - lastDescribe > 5_000 || readers.size === 0) await describeShards();
    let busy = false;
    for (const reader of readers.values()) {
      if (stopped || !ready(reader)) continue;
      if (!reader.inFlight && reader.pending.length > 0 && Date.now() < reader.nextAttemptAt) continue;
      // While a batch is with the handler, the next one is read (up to one batch ahead).
      const more = reader.attempts === 0 ? await read(reader) : false;
      busy ||= more;
      if (reader.inFlight) continue;
      const full = reader.pending.length >= batchSize;
      const windowOver = reader.firstPendingAt !== undefined && Date.now() - reader.firstPendingAt >= batchWindowMs;
      // Like Lambda: a batch goes when it is full or its batching window is over.
      if (reader.pending.length > 0 && (full || windowOver || reader.attempts > 0)) {
        reader.inFlight = deliver(reader)
          .catch((error: Error) => log(`delivery to the aggregator failed: ${error.message}`))
          .finally(() => {
            reader.inFlight = undefined;
            wakeUp();
          });
        busy = true;
      }
    }
    return busy;
  }

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      try {
        const busy = await step();
        failures = 0;
        if (!busy) await sleep(idlePollMs);
      } catch (error) {
        // DynamoDB Local away or restarting: keep the batch in hand and try again.
        failures++;
        for (const reader of readers.values()) reader.iterator = undefined;
        if (failures === 1 || failures % 20 === 0)
          log(`stream read failed (${(error as Error).name}: ${(error as Error).message}); retrying`);
        await sleep(Math.min(2_000, 100 * 2 ** Math.min(failures, 5)));
      }
    }
    await Promise.all([...readers.values()].map((reader) => reader.inFlight));
  })();

  return {
    async stop() {
      stopped = true;
      wakeUp();
      await loop;
      client.destroy();
    },
  };
}

/** The event source mapping's filter: INSERTs of beacon items. */
export function isBeaconInsert(record: StreamRecord): boolean {
  return record.eventName === 'INSERT' && record.dynamodb?.NewImage?.entity?.S === 'beacon';
}

/** A record from GetRecords in the shape Lambda delivers (epoch seconds, the stream's ARN). */
export function toLambdaRecord(record: StreamRecord, streamArn: string): AggregatorEvent['Records'][number] {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName as 'INSERT',
    eventVersion: record.eventVersion,
    eventSource: record.eventSource,
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(record.dynamodb as object),
      ApproximateCreationDateTime: created ? Math.floor(new Date(created).getTime() / 1000) : undefined,
    } as never,
  };
}
