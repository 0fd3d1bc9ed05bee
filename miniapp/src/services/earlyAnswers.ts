import type { RawAnswer } from './apiClient';

/**
 * The answer to a GET that the page's HTML started before the app loaded (H5 only:
 * earlyAnswers.h5.ts); a mini-program has no such page, so there is none.
 */
export function takeEarlyAnswer(_path: string): Promise<RawAnswer | null> | undefined {
  return undefined;
}
