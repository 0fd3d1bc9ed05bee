import { appendFileSync } from 'node:fs';
import { handler } from '../../functions/src/streams/aggregateBeacons';
import { type StreamFailureMessage, type StreamPoller, startStreamPoller } from './streamPoller';

export interface AggregatorOptions {
  endpoint: string;
  streamArn: string;
  batchWindowMs?: number;
  /** Where batches the aggregator gave up on are written, one JSON message a line (the local failure queue). */
  failureFile?: string;
  log?: (line: string) => void;
}

/**
 * The aggregator as it runs locally (npm start, tests): the aggregateBeacons Lambda handler
 * fed from DynamoDB Local's stream. Import only after the functions' environment is set.
 */
export function startAggregator(options: AggregatorOptions): StreamPoller {
  return startStreamPoller({
    endpoint: options.endpoint,
    streamArn: options.streamArn,
    handler,
    ...(options.batchWindowMs !== undefined ? { batchWindowMs: options.batchWindowMs } : {}),
    ...(options.log ? { log: options.log } : {}),
    onFailure: async (message: StreamFailureMessage) => {
      if (options.failureFile) appendFileSync(options.failureFile, `${JSON.stringify(message)}\n`);
    },
  });
}
