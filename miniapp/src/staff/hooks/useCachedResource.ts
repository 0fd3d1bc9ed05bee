import { useMemo } from 'react';
import { useResource } from '../../hooks/useResource';
import { toApiError, type ApiError } from '../../services/ApiError';
import { deviceStorage } from '../../services/deviceStorage';
import { readThrough } from '../logic/readThrough';

export type CachedState<T> =
  { status: 'loading' } | { status: 'ready'; data: T; stale: boolean; error?: ApiError } | { status: 'failed'; error: ApiError };

/**
 * Loads something the staff pages need offline too (campaigns, org units): fresh when
 * there is signal, the account's last copy when not (useResource over readThrough). Null
 * `owner` (signed out): stays loading.
 */
export function useCachedResource<T>(
  storageKey: string,
  owner: string | null,
  load: () => Promise<T>,
): { state: CachedState<T>; reload: () => void } {
  const { state, reload } = useResource(owner, (account) => readThrough(deviceStorage, storageKey, account, load));
  // Memoized: pages list this state in their hooks' dependencies, so it changes only when the load does.
  const cached = useMemo((): CachedState<T> => {
    if (state.status === 'idle' || state.status === 'loading') return { status: 'loading' };
    if (state.status === 'failed') return state;
    const result = state.data;
    return result.stale
      ? { status: 'ready', data: result.data, stale: true, error: toApiError(result.error) }
      : { status: 'ready', data: result.data, stale: false };
  }, [state]);
  return { state: cached, reload };
}
