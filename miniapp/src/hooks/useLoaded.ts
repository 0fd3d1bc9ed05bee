import type { AsyncState } from './useAsync';
import { useResource } from './useResource';

/**
 * Loads data for a page (useResource with one fixed key). `reload` fetches again (after a
 * failure, or when the page is shown again) and keeps the current rows on screen meanwhile;
 * `update` applies a change the API confirmed (a created or edited row) without reloading.
 */
export function useLoaded<T>(load: () => Promise<T>): {
  state: AsyncState<T>;
  reload: () => void;
  update: (change: (data: T) => T) => void;
} {
  return useResource('page', () => load());
}
