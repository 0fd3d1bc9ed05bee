import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../../observability/logger';
import { metricNames, MetricUnit, metrics } from '../../observability/metrics';
import type { HttpResult } from '../responses';

/** The header a caller (or the mini-program) sets to follow one action through several requests. */
export const correlationHeader = 'x-correlation-id';

export interface RequestLogOptions {
  /** Milliseconds on a monotonic clock; injectable so tests can give exact durations. */
  now?: () => number;
}

/**
 * One log line per request, when it is answered: route, status, duration and, for an error
 * answer, its code. Every line the request logs carries its correlation id (the
 * x-correlation-id header, else API Gateway's request id). An unexpected error (500) is logged
 * with the error itself; the caller only ever sees a plain INTERNAL (errorResponse.ts).
 * Counts 4xx and 5xx answers per route. Goes before errorResponse, so it sees that answer.
 */
export function requestLog(options: RequestLogOptions = {}): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> {
  const now = options.now ?? (() => performance.now());
  const started = new WeakMap<object, number>();

  const requestLogBefore = (request: Request<APIGatewayProxyEventV2, HttpResult>) => {
    started.set(request, now());
    const { event } = request;
    const correlationId = event.headers?.[correlationHeader] || event.requestContext?.requestId;
    if (correlationId) logger.setCorrelationId(correlationId.slice(0, 128));
  };

  const requestLogAfter = (request: Request<APIGatewayProxyEventV2, HttpResult>) => {
    const { event, response } = request;
    const status = response?.statusCode ?? 500;
    const route = event.routeKey ?? 'unknown';
    const line = {
      route,
      method: event.requestContext?.http?.method,
      path: event.rawPath,
      status,
      durationMs: Math.round((now() - (started.get(request) ?? now())) * 10) / 10,
      ...(status >= 400 ? { errorCode: errorCodeOf(response) } : {}),
    };
    if (status >= 500 && line.errorCode === 'INTERNAL') logger.error({ message: 'request', ...line, error: request.error });
    else if (status >= 500) logger.warn({ message: 'request', ...line, error: request.error });
    else logger.info({ message: 'request', ...line });
    if (status >= 400) countErrorAnswer(route, status);
  };

  return { before: requestLogBefore, after: requestLogAfter, onError: requestLogAfter };
}

/** 4xx and 5xx answers per route, as their own metric with the route as a dimension. */
function countErrorAnswer(route: string, status: number): void {
  const single = metrics.singleMetric();
  single.addDimension('route', route);
  single.addMetric(status >= 500 ? metricNames.http5xx : metricNames.http4xx, MetricUnit.Count, 1);
}

/** The code of an error answer (`{ error: { code } }`), whatever produced it. */
function errorCodeOf(response: HttpResult | null | undefined): string | undefined {
  if (!response?.body || response.isBase64Encoded) return undefined;
  try {
    const code = (JSON.parse(response.body) as { error?: { code?: unknown } })?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
