import { useResource, type ResourceState } from './useResource';

export type AsyncState<T> = ResourceState<T>;

/** Loads `load(key)` whenever `key` changes (nothing while it is null), with a retry: useResource. */
export function useAsync<K extends string, T>(key: K | null, load: (key: K) => Promise<T>): { state: AsyncState<T>; retry: () => void } {
  const { state, reload } = useResource(key, load);
  return { state, retry: reload };
}
