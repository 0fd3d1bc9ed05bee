import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from './logger';

/**
 * The service's custom metrics (Powertools, CloudWatch embedded metric format: written to
 * stdout, which CloudWatch Logs turns into metrics). Published after each invocation by the
 * handlers' middy chains. POWERTOOLS_METRICS_DISABLED=true (tests) or POWERTOOLS_DEV=true
 * (npm start) keeps them off stdout.
 */
export const metrics = new Metrics({
  namespace: 'RightsOutreach',
  serviceName: 'rights-outreach',
  logger: {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.info(message),
    // Most requests add no metric at all: Powertools would warn about that on every one of them.
    warn: (message: string) => (message.startsWith('No application metrics') ? logger.debug(message) : logger.warn(message)),
    error: (message: string) => logger.error(message),
  },
});

/** Every metric the service emits, by name: alarms and dashboards refer to these. */
export const metricNames = {
  beaconsReceived: 'BeaconsReceived',
  beaconsIgnored: 'BeaconsIgnored',
  beaconsRateLimited: 'BeaconsRateLimited',
  http4xx: 'Http4xx',
  http5xx: 'Http5xx',
  storeRetries: 'StoreRetries',
  transactionConflicts: 'TransactionConflicts',
  transactionRetries: 'TransactionRetries',
  aggregatorLag: 'AggregatorLag',
  aggregatorRecords: 'AggregatorRecords',
  aggregatorFailures: 'AggregatorFailures',
} as const;

export { MetricUnit };
