import { randomBytes } from 'node:crypto';
import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort } from '../scripts/lib/freePort';
import { localClient, startDynamoLocal, type DynamoLocal } from '../scripts/lib/dynamoLocal';
import { ensureTable } from '../scripts/lib/ensureTable';

export const benchTable = 'rights-outreach-bench';

/** A fresh in-memory DynamoDB Local with the project's table, and the environment the functions read. */
export async function startBenchStore(): Promise<DynamoLocal> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoLocal({ port: await freePort() });
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, benchTable);
  client.destroy();
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    TABLE_NAME: benchTable,
    VISITOR_HASH_SECRET: randomBytes(32).toString('base64url'),
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64url'),
    AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    PUBLIC_BASE_URL: 'https://outreach.bench',
    AWS_REGION: 'cn-north-1',
    LOG_LEVEL: 'silent',
    // The aggregator's own CloudWatch metrics (EMF lines on stdout) would bury the bench's figures.
    POWERTOOLS_METRICS_DISABLED: 'true',
  });
  return dynamo;
}

/**
 * Runs `task` from `concurrency` loops until `durationMs` passes or `maxOps` are done
 * (bounded in both count and time); returns operations per second.
 */
export async function measure(
  label: string,
  options: { concurrency: number; durationMs: number; maxOps: number; opsPerCall?: number },
  task: (i: number) => Promise<unknown>,
): Promise<{ label: string; ops: number; seconds: number; perSecond: number }> {
  let started = 0;
  let done = 0;
  const begin = process.hrtime.bigint();
  const deadline = Date.now() + options.durationMs;
  const loop = async () => {
    while (Date.now() < deadline && started < options.maxOps) {
      const i = started++;
      await task(i);
      done += options.opsPerCall ?? 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  return { label, ops: done, seconds, perSecond: done / seconds };
}

export function printRow(row: { label: string; ops: number; seconds: number; perSecond: number }): void {
  console.log(
    `${row.label.padEnd(48)} ${String(row.ops).padStart(7)} ops in ${row.seconds.toFixed(1).padStart(5)} s = ${row.perSecond.toFixed(0).padStart(6)}/s`,
  );
}

/** Percentile of sorted-in-place numbers. */
export function percentile(values: number[], p: number): number {
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
}

/** The API under serverless-offline runs stage `test`, whose table serverless.yml names so. */
const stackTable = 'rights-outreach-test';

/**
 * For the H5 benches: a bench store with the table the local API (stage `test`) uses, the
 * project's rights and case materials, and a 3·15 week `bench-315` running today.
 */
export async function startLandingBenchStore(): Promise<DynamoLocal> {
  const dynamo = await startBenchStore();
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, stackTable);
  client.destroy();
  process.env.TABLE_NAME = stackTable;
  const { resetConfig } = await import('../functions/src/config');
  const { putMaterial } = await import('../functions/src/repository/materialRepository');
  const { putCampaignIfAbsent } = await import('../functions/src/repository/campaignRepository');
  const { addDays, caseMaterials, rightsMaterials, shanghaiDate } = await import('@rights-outreach/shared');
  resetConfig();
  const materials = [...rightsMaterials, ...caseMaterials];
  for (const material of materials) await putMaterial(material);
  const today = shanghaiDate(new Date());
  await putCampaignIfAbsent({
    code: 'bench-315',
    type: 'rights_week_315',
    name: '“3·15”消费者权益保护教育宣传周',
    slogan: '心系消费者 金融为人民',
    targetGroups: ['elderly'],
    startDate: addDays(today, -3),
    endDate: addDays(today, 3),
    materialIds: materials.map((m) => m.id),
  });
  return dynamo;
}

/** The middle value (the upper one of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The benches' baseline: one raw single-item UpdateItem, the cheapest write DynamoDB Local does,
 * spread over 1,000 items so that no one item is hot.
 */
export function rawUpdate(client: DynamoDBClient, tableName: string): (i: number) => Promise<unknown> {
  return (i) =>
    client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: `BENCH#${i % 1000}` }, sk: { S: 'BENCH' } },
        UpdateExpression: 'ADD hits :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      }),
    );
}
