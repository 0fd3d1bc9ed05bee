import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventHistoryEntry, OutreachEvent } from '@rights-outreach/shared';
import { db, tableName } from './client';
import { cancellationReasons } from './conditions';
import { keys } from './keys';
import { queryAll } from './tableOps';

/** An event as stored: the public shape plus what scope checks and deduplication need. */
export type EventRecord = OutreachEvent & {
  /** Path of the event's unit when it was logged: who may see it. */
  unitPath: string;
  /** Hash of the create request, to tell a replay from a different record under the same id. */
  requestHash: string;
};

export interface MutationRecord {
  mutationId: string;
  eventId: string;
  requestHash: string;
  version: number;
}

function eventItem(event: EventRecord) {
  return {
    ...keys.event(event.id),
    ...keys.eventIndex(event.campaignCode, event.unitPath, event.startAt, event.id),
    entity: 'event',
    ...event,
  };
}

function historyItem(eventId: string, entry: EventHistoryEntry) {
  return { ...keys.eventHistory(eventId, entry.version), entity: 'eventHistory', ...entry };
}

/** Writes a new event and its first history entry; 'exists' if the id is taken. */
export async function createEventRecord(event: EventRecord, history: EventHistoryEntry): Promise<'created' | 'exists'> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: eventItem(event), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName(), Item: historyItem(event.id, history) } },
        ],
      }),
    );
    return 'created';
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return 'exists';
    throw error;
  }
}

export async function findEventRecord(id: string): Promise<EventRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.event(id), ConsistentRead: true }));
  return Item ? toEvent(Item) : undefined;
}

export async function findEventHistory(id: string): Promise<EventHistoryEntry[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.event(id).pk, ':prefix': keys.eventHistoryPrefix },
  });
  return items.map((item) => {
    const { version, action, by, at, changes } = item as unknown as EventHistoryEntry;
    return { version, action, by, at, changes };
  });
}

export async function findMutation(mutationId: string): Promise<MutationRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.mutation(mutationId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { eventId, requestHash, version } = Item as MutationRecord;
  return { mutationId, eventId, requestHash, version };
}

export type MutationOutcome = 'applied' | 'mutation-exists' | 'version-changed';

/**
 * Applies an edit or deletion once: the mutation record (kept for as long as the event),
 * the new event state (only if nobody changed it since it was read) and its history entry
 * are written together or not at all.
 */
export async function applyEventMutation(input: {
  mutation: MutationRecord;
  event: EventRecord;
  expectedVersion: number;
  history: EventHistoryEntry;
}): Promise<MutationOutcome> {
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.mutation(input.mutation.mutationId), entity: 'mutation', ...input.mutation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: eventItem(input.event),
              ConditionExpression: 'version = :expected',
              ExpressionAttributeValues: { ':expected': input.expectedVersion },
            },
          },
          { Put: { TableName: tableName(), Item: historyItem(input.event.id, input.history) } },
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

/** Events of a campaign whose unit path starts with `pathPrefix` (a subtree). */
export async function listEventsUnder(campaignCode: string, pathPrefix: string): Promise<EventRecord[]> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.eventIndex(campaignCode, '', '', '').gsi1pk, ':prefix': pathPrefix },
  });
  return items.map(toEvent);
}

/**
 * How many events a subtree logged for a campaign and their reported headcount (deleted
 * ones left out), reading only those two attributes of each.
 */
export async function countEventsUnder(campaignCode: string, pathPrefix: string): Promise<{ events: number; headcount: number }> {
  const items = await queryAll({
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.eventIndex(campaignCode, '', '', '').gsi1pk, ':prefix': pathPrefix },
    ProjectionExpression: 'headcount, deletedAt',
  });
  const live = items.filter((item) => !item.deletedAt);
  return { events: live.length, headcount: live.reduce((sum, item) => sum + Number(item.headcount ?? 0), 0) };
}

function toEvent(item: Record<string, unknown>): EventRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ...event } = item;
  return event as unknown as EventRecord;
}
