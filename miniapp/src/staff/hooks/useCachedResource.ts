import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../services/ApiError';
import { deviceStorage } from '../../services/deviceStorage';
import { readThrough } from '../logic/readThrough';

export type CachedState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; stale: boolean; error?: ApiError }
  | { status: 'failed'; error: ApiError };

/**
 * Loads something the staff pages need offline too (campaigns, org units): fresh when
 * there is signal, the account's last copy when not. Null `owner` (signed out): stays loading.
 */
export function useCachedResource<T>(storageKey: string, owner: string | null, load: () => Promise<T>): { state: CachedState<T>; reload: () => void } {
  const [state, setState] = useState<CachedState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!owner) return undefined;
    let current = true;
    readThrough(deviceStorage, storageKey, owner, load).then(
      (result) => {
        if (!current) return;
        setState(result.stale ? { status: 'ready', data: result.data, stale: true, error: toApiError(result.error) } : { status: 'ready', data: result.data, stale: false });
      },
      (error: unknown) => current && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a module-level service function; re-running on its identity would only refetch.
  }, [storageKey, owner, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
