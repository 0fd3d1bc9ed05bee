import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { MiddlewareObj } from '@middy/core';

/**
 * X-Ray tracing (Powertools Tracer): the handler and every AWS SDK call as subsegments, only
 * where it is on: serverless.yml's POWERTOOLS_TRACE_ENABLED (off in the China regions, which
 * have no X-Ray for Lambda), and only on Lambda (not npm start or tests).
 */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.POWERTOOLS_TRACE_ENABLED !== 'false' && Boolean(env.AWS_EXECUTION_ENV) && !env.IS_OFFLINE;
}

let tracer: Tracer | undefined;

/**
 * The Tracer and aws-xray-sdk-core are loaded (required) only where tracing is on: they are
 * the heaviest part of a function's module load (see README, Observability), and a function
 * in the China regions would pay for them on every cold start without ever tracing.
 */
function loadTracer(): Tracer {
  if (!tracer) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where tracing is on
    const powertools = require('@aws-lambda-powertools/tracer') as typeof import('@aws-lambda-powertools/tracer');
    tracer = new powertools.Tracer({ serviceName: 'rights-outreach' });
  }
  return tracer;
}

/** Middleware that traces the handler where tracing is on; none where it is off. */
export function traceHandler(): MiddlewareObj[] {
  if (!tracingEnabled()) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where tracing is on
  const middleware = require('@aws-lambda-powertools/tracer/middleware') as typeof import('@aws-lambda-powertools/tracer/middleware');
  return [middleware.captureLambdaHandler(loadTracer())];
}

/** An AWS SDK v3 client whose calls are traced where tracing is on; the client itself where it is off. */
export function traceClient<T>(client: T): T {
  return tracingEnabled() ? loadTracer().captureAWSv3Client(client) : client;
}
