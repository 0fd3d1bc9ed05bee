import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import type { Key } from './keys';

type Request = Record<string, { Keys: Key[] }>;

/**
 * Reads items by key, in chunks of 100 (BatchGetItem's limit), re-asking for keys DynamoDB
 * left unprocessed under load. Missing items are simply absent from the result.
 */
export async function batchGetAll(itemKeys: Key[]): Promise<Record<string, unknown>[]> {
  const table = tableName();
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < itemKeys.length; start += 100) {
    let request: Request | undefined = { [table]: { Keys: itemKeys.slice(start, start + 100) } };
    for (let round = 0; request && Object.keys(request).length > 0; round++) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** round)));
      const result = await db().send(new BatchGetCommand({ RequestItems: request }));
      items.push(...(result.Responses?.[table] ?? []));
      request = result.UnprocessedKeys as Request | undefined;
    }
  }
  return items;
}
