import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OrgUnit } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { keys } from './keys';

export async function putOrgUnit(unit: OrgUnit): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.orgUnit(unit.id), ...keys.orgUnitIndex(unit.id, unit.parentId), entity: 'orgUnit', ...unit },
    }),
  );
}

export async function findOrgUnit(id: string): Promise<OrgUnit | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.orgUnit(id) }));
  if (!Item) return undefined;
  const { name, level, parentId } = Item as OrgUnit;
  return { id, name, level, ...(parentId ? { parentId } : {}) };
}
