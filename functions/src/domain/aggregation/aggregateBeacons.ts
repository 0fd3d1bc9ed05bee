import type { StoredBeacon } from '../../repository/beaconRepository';
import {
  type AggregatorState,
  applyPendingPlan,
  claimMarkers,
  commitPlan,
  readAggregatorState,
  type RetryTiming,
} from '../../repository/aggregationRepository';
import { personClaims, planDeltas } from './planDeltas';

/** A beacon as the table's stream delivered it: a new beacon item and its place in the stream. */
export interface StreamedBeacon {
  /** The stream record's sequence number (a decimal string), increasing within a shard. */
  sequence: string;
  /** When DynamoDB wrote the item (the stream's ApproximateCreationDateTime). */
  receivedAt: Date;
  beacon: StoredBeacon;
}

export interface AggregationSource {
  /** The stream shard the records come from. */
  shard: string;
  /**
   * Whose checkpoint this is, and whose counter shards it writes: the stream shard itself,
   * or, for a replay of records the stream went past, a name of that replay's own.
   */
  writer: string;
}

export interface AggregationResult {
  /** Beacons counted by this call. */
  counted: number;
  /** Records at or below the checkpoint: applied before (a retry or a duplicate delivery). */
  skipped: number;
  /** When the newest beacon this call counted reached the table (its stream record's time). */
  newestCountedAt?: Date;
}

/** Counting stopped part-way: everything before `firstUnapplied` is applied, nothing after. */
export class AggregationIncompleteError extends Error {
  constructor(
    readonly firstUnapplied: string,
    override readonly cause: unknown,
  ) {
    super(`aggregation stopped before stream record ${firstUnapplied}: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'AggregationIncompleteError';
  }
}

export interface AggregationOptions {
  /** Beacons per plan: one plan's counters are merged, so bigger plans write fewer items. */
  maxPlanBeacons?: number;
  timing?: RetryTiming;
}

const defaultMaxPlanBeacons = 2_000;

/**
 * Counts a batch of new beacons from one stream shard, exactly once whatever Lambda does.
 * The shard's checkpoint (the last committed sequence number) moves only inside the
 * transaction that commits a plan, so records at or below it are skipped on any retry,
 * redelivery or duplicate, with any batch boundaries; a plan that was committed but not
 * fully applied (the function died) is finished first; and when two aggregators meet the
 * same checkpoint, one commits and the other starts again from the new checkpoint.
 * Distinct people are exact because each marker is owned by one beacon (planDeltas).
 */
export async function aggregateBeacons(
  source: AggregationSource,
  records: readonly StreamedBeacon[],
  options: AggregationOptions = {},
): Promise<AggregationResult> {
  const ordered = [...records].sort((a, b) => compareSequences(a.sequence, b.sequence));
  const maxPlan = options.maxPlanBeacons ?? defaultMaxPlanBeacons;
  let counted = 0;
  let newestCountedAt: Date | undefined;
  let state = await settledState(source.writer, options.timing);
  let remaining = after(ordered, state.checkpoint);
  const skipped = ordered.length - remaining.length;
  try {
    while (remaining.length > 0) {
      const slice = remaining.slice(0, maxPlan);
      const plan = dedupe(slice);
      const beacons = plan.map((record) => record.beacon);
      const owners = await claimMarkers(personClaims(beacons));
      const outcome = await commitPlan(
        {
          writer: source.writer,
          shard: source.shard,
          after: state.checkpoint,
          firstSequence: plan[0]!.sequence,
          lastSequence: plan[plan.length - 1]!.sequence,
          deltas: planDeltas(beacons, owners),
          latestAt: latestPerCampaign(plan),
        },
        options.timing,
      );
      if (outcome === 'range-applied') {
        throw new Error(`stream records from ${plan[0]!.sequence} of ${source.shard} were applied by another writer`);
      }
      if (outcome === 'superseded') {
        // Another aggregator committed from the same checkpoint: carry on after its plan.
        state = await settledState(source.writer, options.timing);
        remaining = after(remaining, state.checkpoint);
        continue;
      }
      counted += plan.length;
      newestCountedAt = plan.reduce(
        (newest, { receivedAt }) => (receivedAt > newest ? receivedAt : newest),
        newestCountedAt ?? plan[0]!.receivedAt,
      );
      state = { checkpoint: plan[plan.length - 1]!.sequence };
      remaining = remaining.slice(slice.length);
    }
  } catch (error) {
    throw new AggregationIncompleteError(remaining[0]!.sequence, error);
  }
  return { counted, skipped, ...(newestCountedAt ? { newestCountedAt } : {}) };
}

/** The writer's state once any plan it left pending is fully applied. */
async function settledState(writer: string, timing?: RetryTiming): Promise<AggregatorState> {
  const state = await readAggregatorState(writer);
  if (!state.pending) return state;
  await applyPendingPlan(writer, state.pending, timing);
  return { ...(state.checkpoint ? { checkpoint: state.checkpoint } : {}) };
}

function after(records: readonly StreamedBeacon[], checkpoint: string | undefined): StreamedBeacon[] {
  return checkpoint === undefined ? [...records] : records.filter((record) => compareSequences(record.sequence, checkpoint) > 0);
}

/** A record delivered twice in one batch counts once. */
function dedupe(records: StreamedBeacon[]): StreamedBeacon[] {
  const seen = new Set<string>();
  return records.filter((record) => !seen.has(record.sequence) && seen.add(record.sequence) !== undefined);
}

function latestPerCampaign(records: readonly StreamedBeacon[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const { beacon, receivedAt } of records) {
    const at = receivedAt.toISOString();
    if ((latest.get(beacon.campaignCode) ?? '') < at) latest.set(beacon.campaignCode, at);
  }
  return latest;
}

/** Orders stream sequence numbers (decimal strings of any length) as numbers. */
export function compareSequences(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
