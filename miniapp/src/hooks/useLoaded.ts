import { useCallback, useEffect, useState } from 'react';
import type { AsyncState } from './useAsync';
import { toApiError } from '../services/ApiError';

/**
 * Loads data for a page. `reload` fetches again (after a failure, or when the page is shown
 * again) and keeps the current rows on screen meanwhile; `update` applies a change the API
 * confirmed (a created or edited row) without reloading the whole list.
 */
export function useLoaded<T>(load: () => Promise<T>): {
  state: AsyncState<T>;
  reload: () => void;
  update: (change: (data: T) => T) => void;
} {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a service function fixed for the page's life; re-running on its identity would only refetch.
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) => setState((prev) => (prev.status === 'ready' ? { status: 'ready', data: change(prev.data) } : prev)),
    [],
  );
  return { state, reload, update };
}
