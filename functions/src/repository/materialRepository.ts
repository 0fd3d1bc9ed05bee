import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Material } from '@rights-outreach/shared';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { keys } from './keys';

export async function findMaterial(id: string): Promise<Material | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.material(id) }));
  return Item ? toMaterial(Item) : undefined;
}

/** Reads several materials at once, in the order asked; missing ones are left out. */
export async function findMaterials(ids: string[]): Promise<Material[]> {
  const items = await batchGetAll([...new Set(ids)].map((id) => keys.material(id)));
  const found = new Map(items.map((item) => [item.id as string, toMaterial(item)]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

export async function putMaterial(material: Material): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.material(material.id), ...keys.materialIndex(material.id, material.kind), entity: 'material', ...material },
    }),
  );
}

function toMaterial(item: Record<string, unknown>): Material {
  const { id, kind, format, title, summary, sections } = item as Material;
  return { id, kind, format, title, summary, sections };
}
