import { randomBytes } from 'node:crypto';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { AggregatorEvent, AggregatorResponse } from '../../functions/src/streams/aggregateBeacons';
import { localClient } from '../../scripts/lib/dynamoLocal';
import { ensureTable, streamArnOf } from '../../scripts/lib/ensureTable';
import { type StreamFailureMessage, type StreamPoller, startStreamPoller } from '../../scripts/lib/streamPoller';
import { waitFor } from '../support/waitFor';

/**
 * The local event source mapping on a table of its own in DynamoDB Local, with a stand-in
 * handler that only notes what it is given: batches, order, retries and the failure
 * destination, while the next batch is read ahead of the handler.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT!;
const client = localClient(endpoint);
let poller: StreamPoller | undefined;

afterEach(async () => {
  await poller?.stop();
  poller = undefined;
});
afterAll(() => client.destroy());

async function givenTableWith(items: { id: string; entity: string }[]): Promise<string> {
  const table = `poller-${randomBytes(4).toString('hex')}`;
  await ensureTable(client, table);
  for (const { id, entity } of items) {
    await client.send(
      new PutItemCommand({ TableName: table, Item: { pk: { S: `ITEM#${id}` }, sk: { S: 'META' }, id: { S: id }, entity: { S: entity } } }),
    );
  }
  return streamArnOf(client, table);
}

const beacons = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `b${String(i).padStart(3, '0')}`, entity: 'beacon' }));
const idsOf = (event: AggregatorEvent) => event.Records.map((record) => record.dynamodb!.NewImage!.id!.S!);

it('hands over beacon INSERTs only, in stream order, each once, in batches of at most the batch size', async () => {
  const items = [...beacons(23), { id: 'x1', entity: 'event' }, ...beacons(30).slice(23)];
  const streamArn = await givenTableWith(items);
  const batches: string[][] = [];
  poller = startStreamPoller({
    endpoint,
    streamArn,
    batchSize: 5,
    batchWindowMs: 10,
    idlePollMs: 20,
    handler: async (event) => {
      batches.push(idsOf(event));
      return { batchItemFailures: [], state: {} };
    },
  });
  await waitFor(() => batches.flat().length >= 30, 30_000);
  expect(batches.flat()).toEqual(beacons(30).map((b) => b.id));
  expect(batches.every((batch) => batch.length <= 5)).toBe(true);
});

it('retries from the first failed record, with what it read ahead behind it, and never skips one', async () => {
  const streamArn = await givenTableWith(beacons(12));
  const calls: string[][] = [];
  let failed = false;
  poller = startStreamPoller({
    endpoint,
    streamArn,
    batchSize: 4,
    batchWindowMs: 10,
    idlePollMs: 20,
    handler: async (event): Promise<AggregatorResponse> => {
      const ids = idsOf(event);
      calls.push(ids);
      // The second batch fails from its third record, once; the poller has read on meanwhile.
      if (!failed && ids.includes('b006')) {
        failed = true;
        return { batchItemFailures: [{ itemIdentifier: event.Records[ids.indexOf('b006')]!.dynamodb!.SequenceNumber! }], state: {} };
      }
      return { batchItemFailures: [], state: {} };
    },
  });
  await waitFor(() => calls.flat().includes('b011'), 30_000);
  const failedCall = calls.findIndex((ids) => ids.includes('b006'));
  expect(calls[failedCall + 1]![0]).toBe('b006');
  // Applied once each: everything before the failed record of the failed call, then all the rest.
  const applied = calls.flatMap((ids, i) => (i === failedCall ? ids.slice(0, ids.indexOf('b006')) : ids));
  expect(applied).toEqual(beacons(12).map((b) => b.id));
});

it('sends a batch it gave up on to the failure destination and goes on with the next records', async () => {
  const streamArn = await givenTableWith(beacons(9));
  const failures: StreamFailureMessage[] = [];
  const handled: string[] = [];
  poller = startStreamPoller({
    endpoint,
    streamArn,
    batchSize: 3,
    batchWindowMs: 10,
    idlePollMs: 20,
    maxRetries: 2,
    onFailure: async (message) => {
      failures.push(message);
    },
    handler: async (event) => {
      const ids = idsOf(event);
      if (ids.includes('b003')) throw new Error('injected: this batch never applies');
      handled.push(...ids);
      return { batchItemFailures: [], state: {} };
    },
  });
  await waitFor(() => handled.includes('b008') && failures.length > 0, 30_000);
  expect(failures).toHaveLength(1);
  expect(failures[0]!.requestContext.condition).toBe('RetryAttemptsExhausted');
  expect(failures[0]!.DDBStreamBatchInfo.batchSize).toBeGreaterThan(0);
  // Nothing lost: every record was handled or named in the failure message.
  const named = failures[0]!.DDBStreamBatchInfo.batchSize;
  expect(handled.length + named).toBe(9);
  expect(handled).not.toContain('b003');
});
