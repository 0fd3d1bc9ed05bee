import { readAppliedRanges } from '../../repository/aggregationRepository';
import { type AggregationResult, aggregateBeacons, compareSequences, type StreamedBeacon } from './aggregateBeacons';

/** What Lambda's on-failure destination says of a batch it gave up on (DDBStreamBatchInfo). */
export interface FailedBatch {
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
}

/**
 * Counts the beacons of a batch the aggregator gave up on, read again from the stream (or
 * anywhere else that has those records), exactly once: records a plan already applied
 * (its applied range covers them: the batch may have failed part-way) are left out, and the
 * replay keeps a checkpoint of its own, so running it twice, or after a partial run, counts
 * nothing twice. Records outside the batch's sequence range are ignored.
 */
export async function replayFailedBatch(
  batch: FailedBatch,
  records: readonly StreamedBeacon[],
): Promise<AggregationResult & { alreadyApplied: number }> {
  const within = (sequence: string, first: string, last: string) =>
    compareSequences(sequence, first) >= 0 && compareSequences(sequence, last) <= 0;
  const inBatch = records.filter((record) => within(record.sequence, batch.startSequenceNumber, batch.endSequenceNumber));
  const ranges = await readAppliedRanges(batch.shardId, batch.startSequenceNumber, batch.endSequenceNumber);
  const applied = (record: StreamedBeacon) => ranges.some((range) => within(record.sequence, range.first, range.last));
  const todo = inBatch.filter((record) => !applied(record));
  const result = await aggregateBeacons({ shard: batch.shardId, writer: `replay|${batch.shardId}|${batch.startSequenceNumber}` }, todo);
  return { ...result, alreadyApplied: inBatch.length - todo.length };
}
