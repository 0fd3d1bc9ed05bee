import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { freePort } from '../../scripts/lib/freePort';
import { localClient, startDynamoLocal, type DynamoLocal } from '../../scripts/lib/dynamoLocal';
import { ensureTable, streamArnOf } from '../../scripts/lib/ensureTable';
import type { StreamPoller } from '../../scripts/lib/streamPoller';
import { startFakeWechat } from './fakeWechat';

export const testTableName = 'rights-outreach-test';

declare global {
  var __dynamoLocal: DynamoLocal | undefined;
  var __fakeWechat: Server | undefined;
  var __aggregator: StreamPoller | undefined;
}

/**
 * Starts a real DynamoDB Local, in memory, on a free port, once per jest run, and creates
 * the table from the same definition serverless.yml deploys; and a fake of WeChat's
 * code2Session on loopback. Tests isolate themselves with random ids instead of wiping tables.
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.__dynamoLocal) return;
  // Local runs may be on Node 20; Lambda runs nodejs22.x.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const [dynamo, wechat] = await Promise.all([startDynamoLocal({ port: await freePort() }), startFakeWechat()]);
  globalThis.__dynamoLocal = dynamo;
  globalThis.__fakeWechat = wechat.server;
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, testTableName);
  const streamArn = await streamArnOf(client, testTableName);
  client.destroy();
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_NAME: testTableName,
    VISITOR_HASH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64url'),
    WECHAT_API_BASE: wechat.url,
    WECHAT_APP_ID: 'wx-test-app',
    WECHAT_APP_SECRET: randomBytes(16).toString('base64url'),
    PUBLIC_BASE_URL: 'https://outreach.test',
    AWS_REGION: 'cn-north-1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Powertools Metrics would print every request's metrics (EMF) on stdout: tests read them otherwise.
    POWERTOOLS_METRICS_DISABLED: 'true',
    TABLE_STREAM_ARN: streamArn,
    // Tests edit campaigns and events and send beacons at once: no reuse of what was read.
    PLACE_CACHE_SECONDS: '0',
    // Every answer a handler gives in a test is checked against the API contract.
    CHECK_RESPONSES: 'true',
  });
  // The aggregator, as npm start runs it: the real handler on DynamoDB Local's real stream.
  // Imported once the environment is set: the functions read it on first use.
  const { startAggregator } = await import('../../scripts/lib/aggregator');
  globalThis.__aggregator = startAggregator({ endpoint: dynamo.endpoint, streamArn, batchWindowMs: 50 });
}
