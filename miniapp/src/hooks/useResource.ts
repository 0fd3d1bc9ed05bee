import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../services/ApiError';

export type ResourceState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: ApiError };

/**
 * The app's one loading hook: loads `load(key)` whenever `key` changes (nothing while it is
 * null), `reload` fetches the same key again keeping the current data on screen meanwhile, and
 * `update` applies a change the API confirmed without reloading. Results of a superseded or
 * unmounted load are ignored, so a slow first answer can't overwrite a newer one; any failure
 * becomes an ApiError (a bug of ours still ends in the calm error screen, not a blank page).
 * useAsync, useLoaded and useCachedResource are its three uses.
 */
export function useResource<K extends string, T>(
  key: K | null,
  load: (key: K) => Promise<T>,
): { state: ResourceState<T>; reload: () => void; update: (change: (data: T) => T) => void } {
  const [state, setState] = useState<ResourceState<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const shownKey = useRef<K | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    // Another key is another thing to show: loading. The same key again keeps what is shown.
    const sameKey = shownKey.current === key;
    shownKey.current = key;
    setState((prev) => (prev.status === 'ready' && sameKey ? prev : { status: 'loading' }));
    load(key).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a service function fixed for the page's life; re-running on its identity would only refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) => setState((prev) => (prev.status === 'ready' ? { status: 'ready', data: change(prev.data) } : prev)),
    [],
  );
  return { state, reload, update };
}
