import type { RawAnswer } from './apiClient';

declare global {
  interface Window {
    /** API path → the answer index.html's inline script asked for (config/routePreload.ts); null when it failed. */
    __earlyAnswers?: Record<string, Promise<RawAnswer | null> | undefined>;
  }
}

/**
 * The answer to a GET of `path` that index.html started while the app was still loading (the
 * landing page's campaign), taken once: a later GET of the same path asks the API again. Only
 * 2xx answers are kept there; for anything else the caller asks again and handles it as always.
 */
export function takeEarlyAnswer(path: string): Promise<RawAnswer | null> | undefined {
  const answers = window.__earlyAnswers;
  const answer = answers?.[path];
  if (answers && answer) delete answers[path];
  return answer;
}
