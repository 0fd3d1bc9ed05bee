import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Principal } from '../auth/principal';
import { ServiceUnavailableError } from '../errors';
import { logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import { traceHandler } from '../observability/tracing';
import { withinDeadline } from '../requestDeadline';
import type { Access } from './access';
import { authenticate, type AuthenticatedContext } from './middleware/authenticate';
import { bodySizeLimit } from './middleware/bodySizeLimit';
import { errorResponse } from './middleware/errorResponse';
import { requestLog } from './middleware/requestLog';
import { requireJsonObject } from './middleware/requireJsonObject';
import { validateBody } from './middleware/validateBody';
import type { HttpResult } from './responses';

const defaultMaxBodyBytes = 64 * 1024;

/**
 * The handler answers 503 SERVICE_UNAVAILABLE (with Retry-After) this long before its function's
 * configured timeout (Lambda's remaining time), instead of being cut off without an answer.
 * Every write is idempotent, so the client simply sends again.
 */
export const timeoutEarlyMs = 1_000;

export interface RequestInput<Body, P> {
  event: APIGatewayProxyEventV2;
  body: Body;
  pathParameters: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  /** The signed-in caller; always set on endpoints that are not public. */
  principal: P;
  /** The caller's address as API Gateway saw it (rate limits only; never stored raw). */
  sourceIp: string;
}

interface HandlerOptions<A extends Access, Schema extends z.ZodType | undefined> {
  /** Who may call this endpoint (see access.ts). */
  access: A;
  /** The shared zod schema of the JSON body, for endpoints that take one. */
  body?: Schema;
  maxBodyBytes?: number;
}

/** When middy answers 503 for this request; never where there is no Lambda context (scripts). */
function deadlineOf(context: Context): number {
  const remaining = typeof context.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : Infinity;
  return Date.now() + remaining - timeoutEarlyMs;
}

export type HttpHandler = ((event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>) & {
  access: Access;
  /** Whether the endpoint reads a JSON body (and so refuses a missing or malformed one). */
  takesBody: boolean;
};

/**
 * The one middy chain every endpoint uses: Lambda context on the logger, a trace, metrics
 * published at the end; normalize headers, log the request once answered, check who is
 * calling, limit and parse the body, validate it with its shared schema, run the endpoint,
 * answer errors in one shape.
 */
export function httpHandler<A extends Access, Schema extends z.ZodType | undefined = undefined>(
  options: HandlerOptions<A, Schema>,
  run: (
    input: RequestInput<Schema extends z.ZodType ? z.infer<Schema> : undefined, A extends 'public' ? undefined : Principal>,
  ) => Promise<HttpResult>,
): HttpHandler {
  const chain = middy<APIGatewayProxyEventV2, HttpResult, Error, AuthenticatedContext>({
    timeoutEarlyInMillis: timeoutEarlyMs,
    timeoutEarlyResponse: () => {
      throw new ServiceUnavailableError(new Error('The function was about to reach its timeout'));
    },
  })
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(traceHandler())
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
    .use(httpHeaderNormalizer())
    .use(requestLog())
    .use(httpCors({ origin: '*', methods: 'GET,POST,PUT,PATCH,OPTIONS' }))
    .use(errorResponse())
    .use(authenticate(options.access));
  if (options.body) {
    chain
      .use(bodySizeLimit(options.maxBodyBytes ?? defaultMaxBodyBytes))
      .use(httpJsonBodyParser())
      .use(requireJsonObject())
      .use(validateBody(options.body) as never);
  }
  const handler = chain.handler(async (event, context) =>
    withinDeadline(deadlineOf(context), () =>
      run({
        event,
        body: event.body as never,
        pathParameters: event.pathParameters ?? {},
        query: event.queryStringParameters ?? {},
        principal: context.principal as never,
        sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
      }),
    ),
  );
  return Object.assign(handler as unknown as HttpHandler, { access: options.access, takesBody: options.body !== undefined });
}
