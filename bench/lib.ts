import { randomBytes } from 'node:crypto';
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
  console.log(`${row.label.padEnd(48)} ${String(row.ops).padStart(7)} ops in ${row.seconds.toFixed(1).padStart(5)} s = ${row.perSecond.toFixed(0).padStart(6)}/s`);
}

/** Percentile of sorted-in-place numbers. */
export function percentile(values: number[], p: number): number {
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
}
