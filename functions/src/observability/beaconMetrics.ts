import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { BeaconBatchResult } from '@rights-outreach/shared';
import { RateLimitedError } from '../errors';
import { metricNames, MetricUnit } from './metrics';

/**
 * Records a batch of beacons, counting what came in: beacons received, the ones acknowledged
 * but not counted (crawlers, outside the campaign's dates), and whole batches refused for a
 * rate limit (counted in beacons).
 */
export async function withBeaconMetrics(
  target: Metrics,
  received: number,
  record: () => Promise<BeaconBatchResult>,
): Promise<BeaconBatchResult> {
  target.addMetric(metricNames.beaconsReceived, MetricUnit.Count, received);
  try {
    const result = await record();
    target.addMetric(metricNames.beaconsIgnored, MetricUnit.Count, result.ignored ?? 0);
    return result;
  } catch (error) {
    if (error instanceof RateLimitedError) target.addMetric(metricNames.beaconsRateLimited, MetricUnit.Count, received);
    throw error;
  }
}
