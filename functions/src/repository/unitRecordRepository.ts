import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { RecordHistoryEntry } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { cancellationReasons } from './conditions';
import { keys } from './keys';
import { queryAll } from './tableOps';

/** The kinds of record a unit enters per campaign besides events. */
export type UnitRecordKind = 'platformFigure' | 'mediaPost';

/**
 * A platform figure or media post as stored: its fields, who entered and changed it, and
 * what scope checks and deduplication need. `date` orders a campaign's records (as-of day,
 * publication day).
 */
export interface UnitRecord {
  kind: UnitRecordKind;
  id: string;
  campaignCode: string;
  unitId: string;
  unitName: string;
  /** Path of the record's unit: who may see and edit it. */
  unitPath: string;
  date: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  deletedAt?: string;
  /** Hash of the create request, to tell a replay from a different record under the same id. */
  requestHash: string;
  /** The kind's own fields. */
  fields: Record<string, unknown>;
}

export interface RecordMutation {
  mutationId: string;
  recordId: string;
  requestHash: string;
  version: number;
}

function recordItem(record: UnitRecord) {
  return {
    ...keys.unitRecord(record.id),
    ...keys.unitRecordIndex(record.kind, record.campaignCode, record.unitPath, record.date, record.id),
    entity: 'unitRecord',
    ...record,
  };
}

function historyItem(id: string, entry: RecordHistoryEntry) {
  return { ...keys.unitRecordHistory(id, entry.version), entity: 'unitRecordHistory', ...entry };
}

/** Writes a new record and its first history entry; 'exists' if the id is taken. */
export async function createUnitRecord(record: UnitRecord, history: RecordHistoryEntry): Promise<'created' | 'exists'> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: recordItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName(), Item: historyItem(record.id, history) } },
        ],
      }),
    );
    return 'created';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'exists';
    throw error;
  }
}

export async function findUnitRecord(id: string): Promise<UnitRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.unitRecord(id), ConsistentRead: true }));
  return Item ? toRecord(Item) : undefined;
}

export async function findUnitRecordHistory(id: string): Promise<RecordHistoryEntry[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.unitRecord(id).pk, ':prefix': keys.unitRecordHistoryPrefix },
  });
  return items.map((item) => {
    const { version, action, by, at, changes } = item as unknown as RecordHistoryEntry;
    return { version, action, by, at, changes };
  });
}

export async function findRecordMutation(mutationId: string): Promise<RecordMutation | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.recordMutation(mutationId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { recordId, requestHash, version } = Item as RecordMutation;
  return { mutationId, recordId, requestHash, version };
}

/**
 * Applies an edit or deletion once: the mutation record (kept for as long as the record),
 * the new state (only if nobody changed it since it was read) and its history entry are
 * written together or not at all.
 */
export async function applyUnitRecordMutation(input: {
  mutation: RecordMutation;
  record: UnitRecord;
  expectedVersion: number;
  history: RecordHistoryEntry;
}): Promise<'applied' | 'mutation-exists' | 'version-changed'> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.recordMutation(input.mutation.mutationId), entity: 'recordMutation', ...input.mutation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: recordItem(input.record),
              ConditionExpression: 'version = :expected',
              ExpressionAttributeValues: { ':expected': input.expectedVersion },
            },
          },
          { Put: { TableName: tableName(), Item: historyItem(input.record.id, input.history) } },
        ],
      }),
    );
    return 'applied';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed') return 'mutation-exists';
    if (reasons?.[1] === 'ConditionalCheckFailed' || reasons?.includes('TransactionConflict')) return 'version-changed';
    throw error;
  }
}

/** A campaign's records of one kind whose unit path starts with `pathPrefix` (a subtree), deleted ones included. */
export async function listUnitRecordsUnder(kind: UnitRecordKind, campaignCode: string, pathPrefix: string): Promise<UnitRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.unitRecordIndex(kind, campaignCode, '', '', '').gsi1pk, ':prefix': pathPrefix },
  });
  return items.map(toRecord);
}

function toRecord(item: Record<string, unknown>): UnitRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ...record } = item;
  return record as unknown as UnitRecord;
}
