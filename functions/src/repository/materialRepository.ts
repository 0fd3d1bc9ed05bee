import { isDeepStrictEqual } from 'node:util';
import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { legacyMaterialOrigin, type Material, type MaterialStatus, type PublishedMaterial } from '@rights-outreach/shared';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { cancellationReasons, isConditionFailure } from './conditions';
import { keys } from './keys';
import { queryAll } from './tableOps';

/**
 * A material: its editable draft, its status, and a copy of the version consumers see (so a
 * landing page needs one read per material). Every published version is also kept on its
 * own item, written once and never changed.
 */
export interface MaterialRecord {
  id: string;
  kind: Material['kind'];
  status: MaterialStatus;
  draft: Material;
  published?: PublishedMaterial;
  /** Highest version number published so far (0: never). */
  latestVersion: number;
  updatedAt: string;
  updatedBy: string;
}

export async function findMaterialRecord(id: string): Promise<MaterialRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.material(id), ConsistentRead: true }));
  return Item ? toRecord(Item) : undefined;
}

export async function listMaterialRecords(): Promise<MaterialRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.materialIndex('', '').gsi1pk },
  });
  return items.map(toRecord);
}

/** The version consumers see, or undefined if the material is not published. */
export async function findPublishedMaterial(id: string): Promise<PublishedMaterial | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.material(id) }));
  const record = Item ? toRecord(Item) : undefined;
  return record?.status === 'published' ? record.published : undefined;
}

/** Several materials at once, in the order asked; missing ones are left out. */
export async function findMaterialRecords(ids: string[]): Promise<MaterialRecord[]> {
  const items = await batchGetAll([...new Set(ids)].map((id) => keys.material(id)));
  const found = new Map(items.map((item) => [item.id as string, toRecord(item)]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Published versions of several materials, in the order asked; unpublished ones are left out. */
export async function findPublishedMaterials(ids: string[]): Promise<PublishedMaterial[]> {
  return (await findMaterialRecords(ids)).flatMap((record) =>
    record.status === 'published' && record.published ? [record.published] : [],
  );
}

/** Creates a material as a draft; false if the id is taken. */
export async function createMaterialRecord(record: MaterialRecord): Promise<boolean> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: tableName(), Item: materialItem(record), ConditionExpression: 'attribute_not_exists(pk)' } }],
      }),
    );
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}

/** Replaces the draft; false if the material does not exist. */
export async function saveMaterialDraft(id: string, draft: Material, by: string, at: string): Promise<boolean> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.material(id),
        UpdateExpression: 'SET draft = :draft, updatedAt = :at, updatedBy = :by',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':draft': draft, ':at': at, ':by': by },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Publishes `version` of a material: writes the version item (only if that version does not
 * exist: versions are never overwritten) and points the material at it, only if nobody
 * published in between. 'conflict' if either condition failed.
 */
export async function publishMaterialVersion(
  record: MaterialRecord,
  published: PublishedMaterial,
  by: string,
): Promise<'published' | 'conflict'> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.materialVersion(record.id, published.version), entity: 'materialVersion', ...published },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: tableName(),
              Key: keys.material(record.id),
              UpdateExpression: 'SET #status = :published, published = :version, latestVersion = :n, updatedAt = :at, updatedBy = :by',
              // Records written before versioning have no latestVersion: they count as version 0.
              ConditionExpression:
                record.latestVersion === 0
                  ? 'attribute_not_exists(latestVersion) OR latestVersion = :previous'
                  : 'latestVersion = :previous',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':published': 'published',
                ':version': published,
                ':n': published.version,
                ':previous': record.latestVersion,
                ':at': published.publishedAt,
                ':by': by,
              },
            },
          },
        ],
      }),
    );
    return 'published';
  } catch (error) {
    if (cancellationReasons(error)) return 'conflict';
    throw error;
  }
}

export async function setMaterialStatus(id: string, status: MaterialStatus, by: string, at: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.material(id),
      UpdateExpression: 'SET #status = :status, updatedAt = :at, updatedBy = :by',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status, ':at': at, ':by': by },
    }),
  );
}

/** Every published version of a material, oldest first. */
export async function findMaterialVersions(id: string): Promise<PublishedMaterial[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.material(id).pk, ':prefix': keys.materialVersionPrefix },
  });
  return items.map(({ pk: _pk, sk: _sk, entity: _e, ...version }) => withOrigin(version as unknown as PublishedMaterial));
}

/**
 * Stores catalogue content (seed, tests) as published: the first time as version 1; later,
 * a new version only when the content changed, so published versions stay immutable.
 */
export async function putMaterial(material: Material, by = 'catalogue', now = new Date()): Promise<void> {
  const at = now.toISOString();
  let record = await findMaterialRecord(material.id);
  if (!record) {
    record = { id: material.id, kind: material.kind, status: 'draft', draft: material, latestVersion: 0, updatedAt: at, updatedBy: by };
    await createMaterialRecord(record);
    record = (await findMaterialRecord(material.id))!;
  } else if (record.status === 'published' && record.published && isDeepStrictEqual(stripVersion(record.published), material)) {
    return;
  } else {
    await saveMaterialDraft(material.id, material, by, at);
  }
  await publishMaterialVersion(record, { ...material, version: record.latestVersion + 1, publishedAt: at }, by);
}

function stripVersion(published: PublishedMaterial): Material {
  const { version: _v, publishedAt: _p, ...material } = published;
  return material;
}

function materialItem(record: MaterialRecord) {
  return { ...keys.material(record.id), ...keys.materialIndex(record.id, record.kind), entity: 'material', ...record };
}

function toRecord(item: Record<string, unknown>): MaterialRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ...record } = item;
  if (record.draft) {
    const stored = record as unknown as MaterialRecord;
    return {
      ...stored,
      draft: withOrigin(stored.draft),
      ...(stored.published ? { published: withOrigin(stored.published) } : {}),
      latestVersion: Number(record.latestVersion ?? 0),
    };
  }
  // Written before versioning (the content itself at the top level): a draft never published.
  const { id, kind, format, title, summary, sections } = record as unknown as Material;
  return {
    id,
    kind,
    status: 'draft',
    draft: { id, kind, format, origin: legacyMaterialOrigin, title, summary, sections },
    latestVersion: 0,
    updatedAt: '',
    updatedBy: 'legacy',
  };
}

/** Content stored before materials had an origin reads as the insurer's own (docs/metrics.md, materials by origin). */
function withOrigin<T extends Material>(material: T): T {
  return material.origin ? material : { ...material, origin: legacyMaterialOrigin };
}
