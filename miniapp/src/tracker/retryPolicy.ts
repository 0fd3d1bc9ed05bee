/**
 * Whether the server refused the batch's visitor token (forged or expired): 401
 * VISITOR_TOKEN_INVALID. The beacons are fine; a new token makes the same batch succeed.
 */
export function isVisitorTokenRefused(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return status === 401 && code === 'VISITOR_TOKEN_INVALID';
}

/**
 * Whether a failed send can never succeed: a 4xx other than 429 means the server read the
 * batch and refused it, so sending it again would only repeat the refusal. Network errors
 * (status 0 / none), 429 and 5xx are worth retrying, and so is a refused visitor token
 * (the batch goes again with a new one).
 */
export function isPermanentFailure(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429 && !isVisitorTokenRefused(error);
}

/** Exponential back-off with a ceiling, plus jitter so many phones don't retry in step. */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
