import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BatchWriteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BucketDelta, MarkerOwners, PersonClaims } from '../domain/aggregation/planDeltas';
import type { Counters } from '../domain/tally';
import { ServiceUnavailableError } from '../errors';
import { metricNames, MetricUnit, metrics } from '../observability/metrics';
import { batchGetAll } from './batchGetAll';
import { db, tableName } from './client';
import { inParallel } from './inParallel';
import { cancellationReasons } from './conditions';
import { campaignBucket } from '../domain/buckets';
import { counterShardOf, counterSortKey, keys, sequenceKey, sequenceOfKey } from './keys';
import { latestAttribute } from './tallyRepository';
import { queryAll } from './tableOps';

/**
 * The aggregator's storage: people's counting records, its checkpoint per stream shard, and
 * plans. DynamoDB allows 100 items per transaction; a plan that touches more counter items
 * is stored first, committed with the checkpoint, then applied in slices, each slice in one
 * transaction with its own "done" item, so a crash anywhere leaves a plan that the next run
 * finishes, never one applied twice.
 */

/** Where an aggregator has got to in its stream shard. */
export interface AggregatorState {
  /** The sequence number of the last stream record it committed. */
  checkpoint?: string;
  /** A committed plan whose slices may not all be applied yet. */
  pending?: PendingPlan;
}

export interface PendingPlan {
  planId: string;
  slices: number;
}

/** One counter item's increments, as a plan stores and applies them. */
interface CounterUpdate {
  pk: string;
  sk: string;
  counters: Counters;
  /** Campaign-total items: when the newest beacon of the plan was received. */
  latestAt?: string;
}

export interface PlanToCommit {
  /** Whose checkpoint and counter shards: the stream shard, or a replay of part of it. */
  writer: string;
  /** The stream shard the records come from (applied ranges are kept per shard). */
  shard: string;
  /** The checkpoint this plan follows (undefined: the writer's first plan). */
  after?: string;
  firstSequence: string;
  lastSequence: string;
  deltas: BucketDelta[];
  /** Per campaign: when its newest beacon in this plan was received (ISO 8601). */
  latestAt: Map<string, string>;
}

export type CommitOutcome = 'committed' | 'superseded' | 'range-applied';

/** Transactions carry at most 100 items: the rest of a transaction is its bookkeeping. */
const maxItemsPerTransaction = 100;
const maxConflictRetries = 8;
/** Claims per UpdateItem: keeps the update expression under DynamoDB's 4 KB. */
const claimsPerUpdate = 90;
const parallelClaims = 16;
/** Slices of one plan touch distinct items: they can all go at once. */
const parallelSlices = 16;
/** Plans and applied ranges are needed until their stream records are gone (24 h) and for replays. */
const bookkeepingTtlSeconds = 14 * 86_400;

export interface RetryTiming {
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

const defaultTiming: RetryTiming = {
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export async function readAggregatorState(writer: string): Promise<AggregatorState> {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: keys.aggregatorState(writer), ConsistentRead: true }));
  const item = result.Item ?? {};
  return {
    ...(typeof item.checkpoint === 'string' ? { checkpoint: item.checkpoint } : {}),
    ...(item.pending ? { pending: item.pending as PendingPlan } : {}),
  };
}

/**
 * Writes each person's claims where nobody owns the marker yet, and answers who owns every
 * claimed marker now. Idempotent, and exact when aggregators of several shards meet the same
 * person at once: each marker is owned by exactly one beacon.
 *
 * People's records are read first (an eventually consistent read is enough: a marker, once
 * written, never changes), so only what is new is written: nothing for a person already
 * counted in all these buckets, a conditional put for a person new to the campaign (a
 * hundred of them a transaction: one round trip, not a hundred), and for the rest an update
 * of only their new markers, each with if_not_exists, which is what keeps ownership exact
 * when two writers race.
 */
export async function claimMarkers(people: PersonClaims[]): Promise<MarkerOwners> {
  const owners = new Map<string, string>();
  const ownerKey = (person: PersonClaims, marker: string) => `${person.campaignCode}|${person.personHash}|${marker}`;
  const keyOf = (person: PersonClaims) => keys.person(person.campaignCode, person.personHash);
  const stored = new Map((await batchGetAll(people.map(keyOf))).map((item) => [`${String(item.pk)}|${String(item.sk)}`, item]));
  const writes = people.flatMap((person) => {
    const key = keyOf(person);
    const item = stored.get(`${key.pk}|${key.sk}`);
    const unclaimed = [...person.claims].filter(([marker]) => {
      const owner = item?.[marker];
      if (typeof owner === 'string') owners.set(ownerKey(person, marker), owner);
      return typeof owner !== 'string';
    });
    if (unclaimed.length === 0 && Number(item?.ttl ?? 0) >= person.expiresAt) return [];
    return [{ person, isNew: item === undefined, claims: unclaimed }];
  });

  type Write = (typeof writes)[number];
  const newRecord = ({ person, claims }: Write) => ({
    Put: {
      TableName: tableName(),
      Item: { ...keyOf(person), ...Object.fromEntries(claims), ttl: person.expiresAt, entity: 'person' },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
  /** Creates people's records, a hundred a transaction; answers those another writer created meanwhile. */
  const create = async (group: Write[]): Promise<Write[]> => {
    const existing: Write[] = [];
    let rest = group;
    while (rest.length > 0) {
      const reasons = await transact(rest.map(newRecord), defaultTiming);
      if (!reasons) {
        for (const { person, claims } of rest) for (const [marker, beaconId] of claims) owners.set(ownerKey(person, marker), beaconId);
        break;
      }
      existing.push(...rest.filter((_, i) => reasons[i] === 'ConditionalCheckFailed'));
      rest = rest.filter((_, i) => reasons[i] !== 'ConditionalCheckFailed');
    }
    return existing;
  };

  const update = async (person: PersonClaims, claims: [string, string][]): Promise<void> => {
    const names: Record<string, string> = { '#ttl': 'ttl', '#entity': 'entity' };
    const values: Record<string, unknown> = { ':ttl': person.expiresAt, ':entity': 'person' };
    const valueOf = new Map<string, string>();
    const sets = claims.map(([marker, beaconId], i) => {
      let value = valueOf.get(beaconId);
      if (!value) {
        value = `:b${valueOf.size}`;
        valueOf.set(beaconId, value);
        values[value] = beaconId;
      }
      names[`#m${i}`] = marker;
      return `#m${i} = if_not_exists(#m${i}, ${value})`;
    });
    const result = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keyOf(person),
        UpdateExpression: `SET ${[...sets, '#ttl = :ttl', '#entity = :entity'].join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    for (const [marker] of claims) {
      const owner = result.Attributes?.[marker];
      if (typeof owner === 'string') owners.set(ownerKey(person, marker), owner);
    }
  };

  const fresh = writes.filter((write) => write.isNew);
  const groups = sliced(fresh, maxItemsPerTransaction);
  const raced = (await inParallel(groups, parallelClaims, create)).flat();
  // Everyone else, and the records created meanwhile: only the new markers, with if_not_exists.
  const updates = [...writes.filter((write) => !write.isNew), ...raced].flatMap(({ person, claims }) =>
    Array.from({ length: Math.max(1, Math.ceil(claims.length / claimsPerUpdate)) }, (_, i) => ({
      person,
      claims: claims.slice(i * claimsPerUpdate, (i + 1) * claimsPerUpdate),
    })),
  );
  await inParallel(updates, parallelClaims, ({ person, claims }) => update(person, claims));
  return (campaignCode, personHash, marker) => owners.get(`${campaignCode}|${personHash}|${marker}`);
}

/**
 * Commits a plan with the writer's checkpoint (only if the checkpoint is still `after`) and
 * its applied range. A plan that fits one transaction is applied in it; a larger one is
 * stored, committed, then applied slice by slice (applyPendingPlan).
 */
export async function commitPlan(plan: PlanToCommit, timing: RetryTiming = defaultTiming): Promise<CommitOutcome> {
  const updates = counterUpdates(plan);
  const inline = updates.length <= maxItemsPerTransaction - 2;
  const planId = randomUUID();
  const slices = inline ? [] : sliced(updates, maxItemsPerTransaction - 1);
  if (!inline) await storeSlices(plan.writer, planId, slices);

  const table = tableName();
  const now = new Date().toISOString();
  const state = {
    Update: {
      TableName: table,
      Key: keys.aggregatorState(plan.writer),
      UpdateExpression: inline
        ? 'SET checkpoint = :last, committedAt = :now'
        : 'SET checkpoint = :last, committedAt = :now, pending = :pending',
      ConditionExpression:
        plan.after === undefined
          ? 'attribute_not_exists(checkpoint) AND attribute_not_exists(pending)'
          : 'checkpoint = :after AND attribute_not_exists(pending)',
      ExpressionAttributeValues: {
        ':last': plan.lastSequence,
        ':now': now,
        ...(plan.after === undefined ? {} : { ':after': plan.after }),
        ...(inline ? {} : { ':pending': { planId, slices: slices.length } satisfies PendingPlan }),
      },
    },
  };
  const range = {
    Put: {
      TableName: table,
      Item: {
        ...keys.appliedRange(plan.shard, plan.firstSequence),
        entity: 'appliedRange',
        last: sequenceKey(plan.lastSequence),
        writer: plan.writer,
        ttl: Math.floor(Date.now() / 1000) + bookkeepingTtlSeconds,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const items = [state, range, ...(inline ? updates.map((update) => counterUpdateItem(table, update)) : [])];
  const reasons = await transact(items, timing);
  if (reasons) return reasons[0] === 'ConditionalCheckFailed' ? 'superseded' : 'range-applied';
  if (!inline) await applyPendingPlan(plan.writer, { planId, slices: slices.length }, timing, slices);
  return 'committed';
}

/**
 * Applies whatever slices of a committed plan are not applied yet, then clears it. Safe to
 * run by several aggregators at once: each slice's "done" item lets it apply only once.
 */
export async function applyPendingPlan(
  writer: string,
  pending: PendingPlan,
  timing: RetryTiming = defaultTiming,
  known?: CounterUpdate[][],
): Promise<void> {
  const table = tableName();
  const stored = known
    ? undefined
    : await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.planPartition(writer, pending.planId) },
        ConsistentRead: true,
      });
  const done = new Set(stored?.filter((item) => String(item.sk).startsWith('DONE#')).map((item) => String(item.sk)));
  const sliceOf = (index: number): CounterUpdate[] => {
    if (known) return known[index]!;
    const item = stored!.find((entry) => entry.sk === keys.planSlice(writer, pending.planId, index).sk);
    if (!item) throw new Error(`plan ${pending.planId} of ${writer}: slice ${index} is missing`);
    return JSON.parse(gunzipSync(item.updates as Uint8Array).toString('utf8')) as CounterUpdate[];
  };
  const todo = Array.from({ length: pending.slices }, (_, index) => index).filter(
    (index) => !done.has(keys.planSliceDone(writer, pending.planId, index).sk),
  );
  await inParallel(todo, parallelSlices, async (index) => {
    const doneItem = {
      Put: {
        TableName: table,
        Item: { ...keys.planSliceDone(writer, pending.planId, index), ttl: Math.floor(Date.now() / 1000) + bookkeepingTtlSeconds },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    // Cancelled by the done item's condition: another aggregator applied this slice already.
    await transact([doneItem, ...sliceOf(index).map((update) => counterUpdateItem(table, update))], timing);
  });
  await db()
    .send(
      new UpdateCommand({
        TableName: table,
        Key: keys.aggregatorState(writer),
        UpdateExpression: 'REMOVE pending',
        ConditionExpression: 'pending.planId = :id',
        ExpressionAttributeValues: { ':id': pending.planId },
      }),
    )
    .catch((error: Error) => {
      // Cleared by another aggregator that finished the same plan.
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
}

/** The ranges [first, last] of stream records of a shard that plans applied, overlapping [from, to] (sequence numbers). */
export async function readAppliedRanges(shard: string, from: string, to: string): Promise<{ first: string; last: string }[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND sk <= :to',
    ExpressionAttributeValues: { ':pk': keys.appliedRangePartition(shard), ':to': sequenceKey(to) },
    ConsistentRead: true,
  });
  return items
    .filter((item) => String(item.last) >= sequenceKey(from))
    .map((item) => ({ first: sequenceOfKey(String(item.sk)), last: sequenceOfKey(String(item.last)) }));
}

/** One update per counter item; the campaign totals last, so a plan's freshness shows only once it is applied. */
function counterUpdates(plan: PlanToCommit): CounterUpdate[] {
  const updates = plan.deltas.map((delta) => {
    const key = keys.counter(delta.campaignCode, counterShardOf(delta.bucket, plan.writer), delta.bucket);
    const latestAt = delta.bucket.dimension === 'all' ? plan.latestAt.get(delta.campaignCode) : undefined;
    return { ...key, counters: delta.counters, ...(latestAt ? { latestAt } : {}) };
  });
  for (const [campaignCode, latestAt] of plan.latestAt) {
    const total = campaignBucket;
    if (plan.deltas.some((delta) => delta.campaignCode === campaignCode && counterSortKey(delta.bucket) === counterSortKey(total)))
      continue;
    updates.push({ ...keys.counter(campaignCode, counterShardOf(total, plan.writer), total), counters: {}, latestAt });
  }
  const isTotal = (update: CounterUpdate) => (update.latestAt ? 1 : 0);
  return updates.sort((a, b) => isTotal(a) - isTotal(b));
}

function counterUpdateItem(table: string, update: CounterUpdate) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = Object.entries(update.counters).map(([name, amount], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = amount;
    return `#c${i} :c${i}`;
  });
  const clauses = [adds.length > 0 ? `ADD ${adds.join(', ')}` : ''];
  if (update.latestAt) {
    names['#latest'] = latestAttribute;
    values[':latest'] = update.latestAt;
    clauses.push('SET #latest = :latest');
  }
  return {
    Update: {
      TableName: table,
      Key: { pk: update.pk, sk: update.sk },
      UpdateExpression: clauses.filter(Boolean).join(' '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

function sliced<T>(items: T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

async function storeSlices(writer: string, planId: string, slices: CounterUpdate[][]): Promise<void> {
  const table = tableName();
  const ttl = Math.floor(Date.now() / 1000) + bookkeepingTtlSeconds;
  const puts = slices.map((updates, index) => ({
    // Gzipped: a slice's hundred counter updates repeat the same keys and names (~8× smaller).
    PutRequest: {
      Item: { ...keys.planSlice(writer, planId, index), entity: 'planSlice', updates: gzipSync(JSON.stringify(updates)), ttl },
    },
  }));
  for (const chunk of sliced(puts, 25)) {
    let requests = chunk;
    for (let round = 0; requests.length > 0; round++) {
      if (round >= maxConflictRetries) throw new ServiceUnavailableError(new Error('plan slices left unprocessed'));
      if (round > 0) await defaultTiming.sleep(Math.min(1_000, 25 * 2 ** round));
      const result = await db().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
      requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  }
}

/**
 * Runs a transaction, retrying with jittered back-off while other writers conflict with it.
 * Answers undefined when it was applied, or the cancellation reasons when a condition failed.
 */
async function transact(items: object[], timing: RetryTiming): Promise<string[] | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: items as never }));
      return undefined;
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      if (reasons.includes('ConditionalCheckFailed')) return reasons;
      if (attempt >= maxConflictRetries) throw new ServiceUnavailableError(error);
      metrics.addMetric(metricNames.transactionRetries, MetricUnit.Count, 1);
      await timing.sleep(10 * 2 ** attempt * timing.random());
    }
  }
}
