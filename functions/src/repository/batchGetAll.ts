import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { inParallel } from './inParallel';
import type { Key } from './keys';

type Request = Record<string, { Keys: Key[] }>;

/** BatchGetItem's limit of keys per call. */
const chunkSize = 100;
/** Chunks read at once: enough to hide round trips, few enough not to flood the table. */
const parallelChunks = 8;

/**
 * Reads items by key, in chunks of 100 (BatchGetItem's limit), a few chunks at a time,
 * re-asking for keys DynamoDB left unprocessed under load. Missing items are simply absent
 * from the result.
 */
export async function batchGetAll(itemKeys: Key[]): Promise<Record<string, unknown>[]> {
  const chunks: Key[][] = [];
  for (let start = 0; start < itemKeys.length; start += chunkSize) chunks.push(itemKeys.slice(start, start + chunkSize));
  return (await inParallel(chunks, parallelChunks, readChunk)).flat();
}

async function readChunk(chunk: Key[]): Promise<Record<string, unknown>[]> {
  const table = tableName();
  const items: Record<string, unknown>[] = [];
  let request: Request | undefined = { [table]: { Keys: chunk } };
  for (let round = 0; request && Object.keys(request).length > 0; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** round)));
    const result = await db().send(new BatchGetCommand({ RequestItems: request }));
    items.push(...(result.Responses?.[table] ?? []));
    request = result.UnprocessedKeys as Request | undefined;
  }
  return items;
}
