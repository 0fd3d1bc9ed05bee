import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OrgUnit, UnitKind } from '@rights-outreach/shared';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { isConditionFailure } from './conditions';
import { keys } from './keys';
import { putIfAbsent, queryAll } from './tableOps';

/** An org unit with its path (`/hq/gd/gd-gz/`), which scope checks compare. */
export interface OrgUnitRecord extends OrgUnit {
  path: string;
}

/** Writes a new unit; false if one with the same id exists. */
export function putOrgUnitIfAbsent(unit: OrgUnitRecord): Promise<boolean> {
  return putIfAbsent({ ...keys.orgUnit(unit.id), ...keys.orgUnitIndex(unit.path), entity: 'orgUnit', ...unit });
}

/** Renames a unit and, when given, sets its kind; undefined if there is no such unit. */
export async function updateOrgUnitRecord(id: string, change: { name: string; kind?: UnitKind }): Promise<OrgUnitRecord | undefined> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.orgUnit(id),
        UpdateExpression: change.kind ? 'SET #name = :name, #kind = :kind' : 'SET #name = :name',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#name': 'name', ...(change.kind ? { '#kind': 'kind' } : {}) },
        ExpressionAttributeValues: { ':name': change.name, ...(change.kind ? { ':kind': change.kind } : {}) },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? toOrgUnit(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

export async function findOrgUnit(id: string): Promise<OrgUnitRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.orgUnit(id) }));
  return Item ? toOrgUnit(Item) : undefined;
}

/** Every unit whose path starts with `pathPrefix`, parents before children. */
export async function listOrgUnitsUnder(pathPrefix: string): Promise<OrgUnitRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.orgUnitIndex('').gsi1pk, ':prefix': pathPrefix },
  });
  return items.map(toOrgUnit);
}

function toOrgUnit(item: Record<string, unknown>): OrgUnitRecord {
  const { id, name, level, parentId, kind, path } = item as unknown as OrgUnitRecord;
  return { id, name, level, ...(parentId ? { parentId } : {}), ...(kind ? { kind } : {}), path };
}

/** Several units at once, in the order asked; unknown ids are left out. */
export async function findOrgUnits(ids: string[]): Promise<OrgUnitRecord[]> {
  const items = await batchGetAll([...new Set(ids)].map((id) => keys.orgUnit(id)));
  const found = new Map(items.map((item) => [String(item.id), toOrgUnit(item)]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
