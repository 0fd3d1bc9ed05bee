import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { keys } from './keys';

/** Whether a named seed already ran against this table. */
export async function seedApplied(name: string): Promise<boolean> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.seed(name) }));
  return Boolean(Item);
}

export async function markSeedApplied(name: string, at: Date): Promise<void> {
  await db().send(new PutCommand({ TableName: tableName(), Item: { ...keys.seed(name), entity: 'seed', appliedAt: at.toISOString() } }));
}
