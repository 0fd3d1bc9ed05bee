/**
 * The one retry policy of the mini-program: the beacon tracker and the staff outbox both ask it
 * what a failed send means, and both wait the same back-off before trying again.
 */

/**
 * - retry: no answer (status 0 or none), 408, 429 or 5xx — the request is fine, the moment is
 *   not; send it again later.
 * - signIn: 401 — the credentials are gone or refused; sending again without new ones repeats it.
 * - permanent: any other 4xx — the server read the request and refused it; sending it again
 *   would only repeat the refusal.
 */
export type FailureKind = 'retry' | 'signIn' | 'permanent';

/** The HTTP status an error carries (the app's ApiError, or anything with a numeric `status`). */
export function statusOfError(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What a failed send means; anything that is not an HTTP refusal is worth another try. */
export function failureKind(error: unknown): FailureKind {
  const status = statusOfError(error);
  // No status at all is not an HTTP answer (a bug or a broken transport): never throw work away for it.
  if (status === undefined || status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 401) return 'signIn';
  if (status >= 400) return 'permanent';
  return 'retry';
}

/** Exponential back-off with a ceiling, plus jitter so many phones don't retry in step. */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
