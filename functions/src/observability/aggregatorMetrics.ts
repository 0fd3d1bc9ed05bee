import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { AggregationResult } from '../domain/aggregation/aggregateBeacons';
import { metricNames, MetricUnit } from './metrics';

export interface AggregationOutcome {
  /** Beacon records in the batch. */
  records: number;
  result?: AggregationResult;
  /** The batch (or part of it) was not applied: Lambda delivers it again. */
  failed?: boolean;
  now: Date;
}

/**
 * The stream aggregator's metrics for one batch: records seen, failures, and its lag, the
 * age of the newest beacon it counted (how far the totals are behind the beacons).
 */
export function countAggregation(target: Metrics, outcome: AggregationOutcome): void {
  target.addMetric(metricNames.aggregatorRecords, MetricUnit.Count, outcome.records);
  if (outcome.failed) target.addMetric(metricNames.aggregatorFailures, MetricUnit.Count, 1);
  const newest = outcome.result?.newestCountedAt;
  if (newest) {
    target.addMetric(metricNames.aggregatorLag, MetricUnit.Milliseconds, Math.max(0, outcome.now.getTime() - newest.getTime()));
  }
}
