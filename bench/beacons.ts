/**
 * Beacons per second through the local HTTP API (serverless-offline → middy → DynamoDB Local),
 * and, as the baseline measured in the same run against the same DynamoDB Local, raw
 * single-item UpdateItem calls per second, timed after a warm-up, before and after the API's
 * run. Prints them and the ratio to the faster baseline.
 *
 *   npx tsx bench/beacons.ts            (BENCH_SECONDS=10 BENCH_CONCURRENCY=16 BENCH_WARMUP_SECONDS=20 to change)
 *
 * The ratio is what matters: DynamoDB Local on a laptop is far slower than DynamoDB, so
 * absolute figures say little about AWS; the share of time our code adds does.
 */
import { randomUUID } from 'node:crypto';
import { localClient } from '../scripts/lib/dynamoLocal';
import { startApiServer } from '../scripts/lib/apiServer';
import { freePort } from '../scripts/lib/freePort';
import { measure, printRow, rawUpdate, startBenchStore } from './lib';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const batchSize = Number(process.env.BENCH_BATCH ?? 5);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 20);

async function main(): Promise<void> {
  const dynamo = await startBenchStore();
  const { putCampaignIfAbsent } = await import('../functions/src/repository/campaignRepository');
  await putCampaignIfAbsent({
    code: 'bench-315',
    type: 'rights_week_315',
    name: '压测活动',
    slogan: '压测',
    startDate: '2020-01-01',
    endDate: '2099-12-31',
    targetGroups: [],
    materialIds: [],
  });
  const api = await startApiServer({
    port: await freePort(),
    offlinePort: await freePort(),
    lambdaPort: await freePort(),
    stage: 'bench',
    env: Object.fromEntries(
      [
        'TABLE_NAME',
        'DYNAMODB_ENDPOINT',
        'VISITOR_HASH_SECRET',
        'AUTH_TOKEN_SECRET',
        'PERSONAL_DATA_KEY',
        'AWS_REGION',
        'LOG_LEVEL',
        'PUBLIC_BASE_URL',
        'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
      ].map((name) => [name, process.env[name]!]),
    ),
    stdio: 'ignore',
  });
  const client = localClient(dynamo.endpoint);
  try {
    console.log(`bench: ${seconds} s per measurement, ${concurrency} concurrent callers, ${batchSize} beacons per request\n`);

    const baselineCall = rawUpdate(client, process.env.TABLE_NAME!);
    // Warm up before timing anything. DynamoDB Local is a fresh JVM whose JIT speeds it up
    // severalfold in its first seconds: its own calls for a while, and the API, which
    // serverless-offline serves with one worker (one Lambda container) per concurrent call,
    // so as many as there are callers, as a steady load keeps that many warm on AWS.
    await measure('warm-up', { concurrency, durationMs: warmUpSeconds * 1000, maxOps: 1_000_000 }, baselineCall);
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: concurrency }, () => sendBatch(api.url, batchSize)));
    }
    const rawBefore = await measure(
      'raw UpdateItem (baseline, same DynamoDB Local)',
      { concurrency, durationMs: seconds * 1000, maxOps: 1_000_000 },
      baselineCall,
    );
    printRow(rawBefore);
    const viaApi = await measure(
      'beacons through POST /public/beacons',
      { concurrency, durationMs: seconds * 1000, maxOps: 1_000_000, opsPerCall: batchSize },
      () => sendBatch(api.url, batchSize),
    );
    printRow(viaApi);

    const rawAfter = await measure(
      'raw UpdateItem again (baseline, after the API)',
      { concurrency, durationMs: seconds * 1000, maxOps: 1_000_000 },
      baselineCall,
    );
    printRow(rawAfter);
    const raw = Math.max(rawBefore.perSecond, rawAfter.perSecond);

    console.log(`\nratio beacons/s ÷ raw UpdateItem/s (the faster baseline): ${(viaApi.perSecond / raw).toFixed(2)}`);
    console.log(
      '(ingest stores each beacon as one item with BatchWriteItem, after the two rate-window updates; counting happens later, from the stream: bench:aggregate)',
    );
  } finally {
    client.destroy();
    await api.stop();
    await dynamo.stop();
  }
}

/** One phone's batch: a new visitor each time (the costlier case: the marker is written too). */
async function sendBatch(apiUrl: string, size: number): Promise<void> {
  const response = await fetch(`${apiUrl}/public/beacons`, {
    method: 'POST',
    // A phone's user agent: Node's own ("node") is on the crawler list, and crawlers are not counted.
    headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (Linux; Android 13) Mobile MicroMessenger/8.0.47' },
    body: JSON.stringify({
      campaignCode: 'bench-315',
      // A source is a channel tag (optionally `.<unitId>`): a campaign-wide counter QR code.
      source: 'counter',
      visitorId: randomUUID().replace(/-/g, ''),
      beacons: Array.from({ length: size }, () => ({
        id: randomUUID(),
        kind: 'view',
        target: { type: 'landing' },
        at: new Date().toISOString(),
      })),
    }),
  });
  if (response.status !== 200) throw new Error(`beacons answered ${response.status}: ${await response.text()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
