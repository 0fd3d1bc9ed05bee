/**
 * Whether a failed send can never succeed: a 4xx other than 429 means the server read the
 * batch and refused it, so sending it again would only repeat the refusal. Network errors
 * (status 0 / none), 429 and 5xx are worth retrying.
 */
export function isPermanentFailure(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
}

/** Exponential back-off with a ceiling, plus jitter so many phones don't retry in step. */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
