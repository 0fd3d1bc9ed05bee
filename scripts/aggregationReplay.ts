/**
 * `npm run aggregate:replay` — counts, exactly once, the stream batches the aggregator gave
 * up on. Reads the on-failure messages from the SQS queue (`--queue <url>`, on AWS: the
 * stack output AggregationFailuresQueueUrl) or from a file of JSON lines (`--file`, default
 * `.data/aggregation-failures.jsonl`, where `npm start` puts them), reads each batch's
 * records again from the table's stream (kept 24 hours), and applies them with
 * replayFailedBatch. A message is deleted from the queue (or the file) once it is applied.
 * Environment: TABLE_NAME and, locally, DYNAMODB_ENDPOINT, as for the functions; past the
 * stream's 24 hours, recount the campaign instead (`npm run recount`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { compareSequences, type StreamedBeacon } from '../functions/src/domain/aggregation/aggregateBeacons';
import { replayFailedBatch } from '../functions/src/domain/aggregation/replayFailed';
import { streamedBeacon } from '../functions/src/streams/aggregateBeacons';
import { useLocalTableUnlessConfigured } from './lib/localEnv';
import { isBeaconInsert, type StreamFailureMessage, toLambdaRecord } from './lib/streamPoller';

// The functions read their environment on first use, after this.
useLocalTableUnlessConfigured();

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};

function streamsClient(): DynamoDBStreamsClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return new DynamoDBStreamsClient({
    region: process.env.AWS_REGION ?? 'cn-north-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

/** The beacon records of one failed batch, read again from the stream. */
async function recordsOf(client: DynamoDBStreamsClient, message: StreamFailureMessage): Promise<StreamedBeacon[]> {
  const info = message.DDBStreamBatchInfo;
  let iterator = (
    await client.send(
      new GetShardIteratorCommand({
        StreamArn: info.streamArn,
        ShardId: info.shardId,
        ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        SequenceNumber: info.startSequenceNumber,
      }),
    )
  ).ShardIterator;
  const records = [];
  while (iterator) {
    const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
    const batch = page.Records ?? [];
    records.push(...batch.filter(isBeaconInsert));
    const last = batch[batch.length - 1]?.dynamodb?.SequenceNumber;
    if (batch.length === 0 || (last && compareSequences(last, info.endSequenceNumber) >= 0)) break;
    iterator = page.NextShardIterator;
  }
  return records.map((record) => toLambdaRecord(record, info.streamArn)).flatMap(streamedBeacon);
}

async function replay(client: DynamoDBStreamsClient, message: StreamFailureMessage): Promise<void> {
  const info = message.DDBStreamBatchInfo;
  const result = await replayFailedBatch(info, await recordsOf(client, message));
  console.log(
    `[replay] ${info.shardId} ${info.startSequenceNumber}…${info.endSequenceNumber}: ${result.counted} counted, ${result.alreadyApplied} applied before, ${result.skipped} replayed before`,
  );
}

async function main(): Promise<void> {
  const client = streamsClient();
  const queueUrl = option('queue');
  if (queueUrl) {
    const sqs = new SQSClient({ region: process.env.AWS_REGION ?? 'cn-north-1' });
    for (;;) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }),
      );
      if (Messages.length === 0) break;
      for (const message of Messages) {
        await replay(client, JSON.parse(message.Body!) as StreamFailureMessage);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle! }));
      }
    }
  } else {
    const file = option('file') ?? join(__dirname, '..', '.data', 'aggregation-failures.jsonl');
    if (!existsSync(file)) return console.log(`[replay] nothing to replay: ${file} does not exist`);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    for (let i = 0; i < lines.length; i++) {
      await replay(client, JSON.parse(lines[i]!) as StreamFailureMessage);
      writeFileSync(
        file,
        lines
          .slice(i + 1)
          .map((line) => `${line}\n`)
          .join(''),
      );
    }
  }
  client.destroy();
}

main().catch((error: unknown) => {
  console.error(`[replay] failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
