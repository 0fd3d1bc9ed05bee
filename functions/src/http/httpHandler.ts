import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { Access, BodyOf, Endpoint, ParamsOf, QueryOf, ResponseBodyOf } from '@rights-outreach/shared';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { Principal } from '../auth/principal';
import { checkResponsesEnabled } from '../config';
import { ServiceUnavailableError } from '../errors';
import { logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import { traceHandler } from '../observability/tracing';
import { withinDeadline } from '../requestDeadline';
import { authenticate, type AuthenticatedContext } from './middleware/authenticate';
import { bodySizeLimit } from './middleware/bodySizeLimit';
import { checkResponse } from './middleware/checkResponse';
import { errorResponse } from './middleware/errorResponse';
import { requestLog } from './middleware/requestLog';
import { requireJsonObject } from './middleware/requireJsonObject';
import { validateBody } from './middleware/validateBody';
import { validateRequest, type ValidatedEvent } from './middleware/validateRequest';
import type { HttpResult, JsonResult } from './responses';

const defaultMaxBodyBytes = 64 * 1024;

/**
 * The handler answers 503 SERVICE_UNAVAILABLE (with Retry-After) this long before its function's
 * configured timeout (Lambda's remaining time), instead of being cut off without an answer.
 * Every write is idempotent, so the client simply sends again.
 */
export const timeoutEarlyMs = 1_000;

/** What a handler receives: everything its contract entry declares, parsed and typed. */
export interface RequestInput<E extends Endpoint> {
  event: APIGatewayProxyEventV2;
  body: BodyOf<E>;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  /** The signed-in caller; always set on endpoints for roles, never on the others. */
  principal: E['access'] extends { roles: readonly unknown[] } ? Principal : undefined;
  /** The caller's address as API Gateway saw it (rate limits only; never stored raw). */
  sourceIp: string;
}

/**
 * What a handler answers: JSON of one of its contract's response schemas (json()), or a file
 * or an empty answer built by hand (which carries no JSON type).
 */
export type Reply<E extends Endpoint> = JsonResult<ResponseBodyOf<E>>;

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
 * The one middy chain every endpoint uses, configured by its contract entry: Lambda context on
 * the logger, a trace, metrics published at the end; normalize headers, log the request once
 * answered, check who is calling, limit, parse and validate the body, validate the path and
 * query, run the endpoint, answer errors in one shape (and, in tests and npm start, check the
 * answer against the contract).
 */
export function httpHandler<const E extends Endpoint>(
  endpoint: E,
  run: (input: RequestInput<E>) => Promise<NoInfer<Reply<E>>>,
): HttpHandler {
  const chain = middy<ValidatedEvent, HttpResult, Error, AuthenticatedContext>({
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
    .use(authenticate(endpoint.access));
  if (endpoint.body) {
    chain
      .use(bodySizeLimit(endpoint.maxBodyBytes ?? defaultMaxBodyBytes))
      .use(httpJsonBodyParser())
      .use(requireJsonObject())
      .use(validateBody(endpoint.body) as never);
  }
  chain.use(validateRequest(endpoint));
  // Last, so its `after` sees the handler's own answer before CORS headers are added.
  if (checkResponsesEnabled()) chain.use(checkResponse(endpoint) as never);
  const handler = chain.handler(async (event, context) =>
    withinDeadline(deadlineOf(context), () =>
      run({
        event,
        body: event.body as never,
        params: event.validated?.params as never,
        query: event.validated?.query as never,
        principal: context.principal as never,
        sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
      }),
    ),
  );
  return Object.assign(handler as unknown as HttpHandler, { access: endpoint.access, takesBody: endpoint.body !== undefined });
}
