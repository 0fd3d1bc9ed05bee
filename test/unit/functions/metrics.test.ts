import { Metrics } from '@aws-lambda-powertools/metrics';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AggregationResult } from '../../../functions/src/domain/aggregation/aggregateBeacons';
import { RateLimitedError } from '../../../functions/src/errors';
import { errorResponse } from '../../../functions/src/http/middleware/errorResponse';
import { requestLog } from '../../../functions/src/http/middleware/requestLog';
import type { HttpResult } from '../../../functions/src/http/responses';
import { countAggregation } from '../../../functions/src/observability/aggregatorMetrics';
import { logger } from '../../../functions/src/observability/logger';
import { withBeaconMetrics } from '../../../functions/src/observability/beaconMetrics';
import { metrics as serviceMetrics } from '../../../functions/src/observability/metrics';
import { countStoreCall } from '../../../functions/src/repository/storeMetrics';

/** What one flush would write (CloudWatch EMF), as metric name → value(s), with its dimensions. */
function emitted(target: Metrics) {
  const emf = target.serializeMetrics() as Record<string, any>;
  const directive = emf._aws.CloudWatchMetrics[0];
  const values = Object.fromEntries(directive.Metrics.map((m: { Name: string }) => [m.Name, emf[m.Name]]));
  const units = Object.fromEntries(directive.Metrics.map((m: { Name: string; Unit: string }) => [m.Name, m.Unit]));
  const dimensions = Object.fromEntries((directive.Dimensions[0] as string[]).map((name) => [name, emf[name]]));
  return { namespace: directive.Namespace as string, values, units, dimensions };
}

const freshMetrics = () => new Metrics({ namespace: 'RightsOutreach', serviceName: 'rights-outreach' });

describe('beacon metrics of one batch', () => {
  it('counts the beacons received and those acknowledged but not counted', async () => {
    const target = freshMetrics();

    await withBeaconMetrics(target, 12, async () => ({ accepted: 9, ignored: 3 }));

    expect(emitted(target).values).toEqual({ BeaconsReceived: 12, BeaconsIgnored: 3 });
    expect(emitted(target).dimensions).toEqual({ service: 'rights-outreach' });
  });

  it('counts a batch refused for a rate limit in beacons, and still refuses it', async () => {
    const target = freshMetrics();

    const refused = withBeaconMetrics(target, 40, async () => {
      throw new RateLimitedError('Too many beacons from this sender; retry later', 60);
    });

    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    expect(emitted(target).values).toEqual({ BeaconsReceived: 40, BeaconsRateLimited: 40 });
  });

  it('counts received beacons of a batch refused for another reason, and nothing else', async () => {
    const target = freshMetrics();

    await expect(withBeaconMetrics(target, 5, async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');

    expect(emitted(target).values).toEqual({ BeaconsReceived: 5 });
  });
});

describe("the aggregator's metrics", () => {
  const now = new Date('2027-03-15T08:00:10.000Z');

  it('gives its lag as the age of the newest beacon it counted', () => {
    const target = freshMetrics();
    const result: AggregationResult = { counted: 480, skipped: 20, newestCountedAt: new Date('2027-03-15T08:00:07.500Z') };

    countAggregation(target, { records: 500, result, now });

    expect(emitted(target).values).toEqual({ AggregatorRecords: 500, AggregatorLag: 2_500 });
    expect(emitted(target).units.AggregatorLag).toBe('Milliseconds');
  });

  it('counts a failed batch, with no lag (nothing new was counted)', () => {
    const target = freshMetrics();

    countAggregation(target, { records: 500, failed: true, now });

    expect(emitted(target).values).toEqual({ AggregatorRecords: 500, AggregatorFailures: 1 });
  });
});

describe('store metrics', () => {
  afterEach(() => serviceMetrics.clearMetrics());

  it("counts the SDK's retries of a call and transactions cancelled by a conflicting write", () => {
    countStoreCall({ $metadata: { attempts: 1 } });
    countStoreCall({ $metadata: { attempts: 3 } });
    countStoreCall(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: { attempts: 2 },
        CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
      }),
    );
    // A condition that failed is an answer, not contention.
    countStoreCall(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: { attempts: 1 },
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
      }),
    );

    expect(emitted(serviceMetrics).values).toEqual({ StoreRetries: [2, 1], TransactionConflicts: 1 });
  });
});

describe('the request log middleware', () => {
  const event = {
    routeKey: 'POST /public/beacons',
    rawPath: '/public/beacons',
    headers: {},
    requestContext: { requestId: 'r-1', http: { method: 'POST' } },
  } as unknown as APIGatewayProxyEventV2;

  /** A handler behind requestLog (and errorResponse), on a clock that moves 12.5 ms per request. */
  function handlerAnswering(run: () => Promise<HttpResult>) {
    let clock = 1_000;
    const now = () => (clock += 6.25);
    return middy<APIGatewayProxyEventV2, HttpResult>().use(requestLog({ now })).use(errorResponse()).handler(run);
  }

  let single: Metrics;
  let lines: Array<Record<string, unknown>>;
  beforeEach(() => {
    single = freshMetrics();
    jest.spyOn(single, 'publishStoredMetrics').mockReturnThis();
    jest.spyOn(serviceMetrics, 'singleMetric').mockReturnValue(single);
    lines = [];
    for (const level of ['info', 'warn', 'error'] as const) {
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void lines.push({ level, ...(args[0] as object) }));
    }
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs the duration on its clock and counts a 4xx per route', async () => {
    const handler = handlerAnswering(async () => {
      throw new RateLimitedError('Too many beacons from this sender; retry later', 60);
    });

    const response = await handler(event, {} as never);

    expect(response.statusCode).toBe(429);
    expect(lines).toEqual([
      {
        level: 'info',
        message: 'request',
        route: 'POST /public/beacons',
        method: 'POST',
        path: '/public/beacons',
        status: 429,
        durationMs: 6.3,
        errorCode: 'RATE_LIMITED',
      },
    ]);
    expect(emitted(single).values).toEqual({ Http4xx: 1 });
    expect(emitted(single).dimensions).toEqual({ service: 'rights-outreach', route: 'POST /public/beacons' });
  });

  it('counts a 5xx per route and logs it as an error', async () => {
    const handler = handlerAnswering(async () => {
      throw new TypeError('undefined is not a function');
    });

    await handler(event, {} as never);

    expect(lines).toEqual([expect.objectContaining({ level: 'error', status: 500, errorCode: 'INTERNAL', error: expect.any(TypeError) })]);
    expect(emitted(single).values).toEqual({ Http5xx: 1 });
  });

  it('counts nothing for a success', async () => {
    const handler = handlerAnswering(async () => ({ statusCode: 200, body: '{}' }));

    await handler(event, {} as never);

    expect(lines).toEqual([expect.objectContaining({ level: 'info', status: 200 })]);
    expect(lines[0]).not.toHaveProperty('errorCode');
    expect(serviceMetrics.singleMetric).not.toHaveBeenCalled();
  });
});
