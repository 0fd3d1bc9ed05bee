import { awaitAggregated } from '../../scripts/lib/aggregationStatus';

/**
 * Waits (bounded) until the run's aggregator has counted every beacon stored so far: totals
 * are made from the table's stream, a moment after beacons are accepted.
 */
export function aggregated(timeoutMs = 60_000): Promise<void> {
  return awaitAggregated(
    { endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME!, streamArn: process.env.TABLE_STREAM_ARN! },
    timeoutMs,
  );
}
