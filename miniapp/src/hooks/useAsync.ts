import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../services/ApiError';

export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; error: ApiError };

/**
 * Loads `load(key)` whenever `key` changes (nothing while it is null) and exposes a retry.
 * Results of a superseded or unmounted load are ignored, so a slow first answer can't
 * overwrite a newer one.
 */
export function useAsync<K extends string, T>(
  key: K | null,
  load: (key: K) => Promise<T>,
): { state: AsyncState<T>; retry: () => void } {
  const [state, setState] = useState<AsyncState<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    load(key).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a module-level service function; re-running on its identity would only refetch.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
