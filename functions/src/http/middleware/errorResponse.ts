import type { MiddlewareObj, Request } from '@middy/core';
import { type ErrorBody, statusOf } from '@rights-outreach/shared';
import { AppError, MalformedJsonError, RateLimitedError, ServiceUnavailableError, UnsupportedMediaTypeError } from '../../errors';

/**
 * Turns any failure into `{ error: { code, message } }`. AppErrors keep their code and
 * message; anything else becomes a plain 500 so internals never leak. requestLog.ts logs
 * the answer, and the error itself when it was unexpected.
 */
export function errorResponse(): MiddlewareObj {
  const errorResponseOnError = async (request: Request) => {
    const error = toAppError(request.error);
    const code = error?.code ?? 'INTERNAL';
    const body: ErrorBody = {
      error: { code, message: error?.message ?? 'Something went wrong on our side; retry later' },
    };
    request.response = {
      statusCode: statusOf(code),
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...retryAfter(error) },
      body: JSON.stringify(body),
    };
  };
  return { onError: errorResponseOnError };
}

/** When it is worth trying again: a store outage soon, a rate limit when its window ends. */
function retryAfter(error: AppError | undefined): Record<string, string> {
  if (error?.code === 'SERVICE_UNAVAILABLE') return { 'Retry-After': '5' };
  if (error instanceof RateLimitedError) return { 'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) };
  return {};
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  // middy gives up just before Lambda's own time limit: the work may or may not be done,
  // and every write is idempotent, so the caller should simply send again.
  if ((error as Error | undefined)?.name === 'TimeoutError') return new ServiceUnavailableError(error);
  // @middy/http-json-body-parser throws http errors tagged with its package name.
  const cause = (error as { cause?: { package?: string } } | undefined)?.cause;
  if (cause?.package === '@middy/http-json-body-parser') {
    return (error as Error).message === 'Unsupported Media Type' ? new UnsupportedMediaTypeError() : new MalformedJsonError();
  }
  return undefined;
}
