import { metricNames, MetricUnit, metrics } from '../observability/metrics';
import { cancellationReasons } from './conditions';

/**
 * Counts what a finished store call says about contention: the SDK's own retries (throttling,
 * network) and transactions cancelled because another write touched the same items.
 * Called with the call's output or its error, before anything else reads it.
 */
export function countStoreCall(outcome: unknown): void {
  const attempts = (outcome as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts ?? 1;
  if (attempts > 1) metrics.addMetric(metricNames.storeRetries, MetricUnit.Count, attempts - 1);
  if (isTransactionConflict(outcome)) metrics.addMetric(metricNames.transactionConflicts, MetricUnit.Count, 1);
}

function isTransactionConflict(outcome: unknown): boolean {
  if ((outcome as Error | undefined)?.name === 'TransactionConflictException') return true;
  return cancellationReasons(outcome)?.includes('TransactionConflict') ?? false;
}
