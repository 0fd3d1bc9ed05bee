import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { getEventCache } from '../../offline';
import { applyOutbox, selectForList, type LocalEvent } from '../../offline/localView';
import { toApiError, type ApiError } from '../../services/ApiError';
import { listEvents } from '../../services/events';
import { ownRecords, useOutbox } from './useOutbox';
import { useShownAgain } from './useShownAgain';

export type ListSource =
  | { kind: 'loading' }
  /** Just read from the server. */
  | { kind: 'fresh' }
  /** The server could not be reached: what this phone last saw, plus its own queued changes. */
  | { kind: 'offline'; error: ApiError };

/**
 * The events of a campaign as this phone sees them: the server's list (kept for offline use)
 * with the outbox applied — queued creates shown, queued edits overlaid, queued deletions hidden.
 * Re-read when the page shows again and after the outbox delivered something.
 */
export function useEventList(account: string | null, campaignCode: string | null, mine: boolean) {
  const { records, status, version } = useOutbox();
  const [cacheVersion, cacheChanged] = useReducer((n: number) => n + 1, 0);
  const [source, setSource] = useState<ListSource>({ kind: 'loading' });

  const load = useCallback(async () => {
    if (!account || !campaignCode) return;
    try {
      const events = await listEvents({ campaignCode, mine });
      getEventCache().putList({ campaignCode, mine }, events);
      setSource({ kind: 'fresh' });
    } catch (error) {
      setSource({ kind: 'offline', error: toApiError(error) });
    }
    cacheChanged();
  }, [account, campaignCode, mine]);

  useEffect(() => {
    setSource({ kind: 'loading' });
    void load();
  }, [load]);

  // Coming back from the form or the detail page: read again (the first show is the effect above).
  useShownAgain(() => void load());

  // Something was delivered: the server's copy is already remembered; read the list again for the
  // rest once the sync is over. A delivery seen while still syncing is remembered: whether the
  // record's removal and the end of the sync reach one render or two depends on how the renderer
  // batches (React batches per task, Preact per microtask), and the list must be read either way.
  const own = account ? ownRecords(records, account).length : 0;
  const previousOwn = useRef(own);
  const delivered = useRef(false);
  useEffect(() => {
    if (own < previousOwn.current) delivered.current = true;
    previousOwn.current = own;
    if (delivered.current && !status.syncing) {
      delivered.current = false;
      void load();
    }
  }, [own, status.syncing, load]);

  const events: LocalEvent[] = useMemo(() => {
    if (!account || !campaignCode) return [];
    return selectForList(applyOutbox(getEventCache().all(), records, account), { campaignCode, mine, account });
    // `records` changes with `version`; the cache (not React state) with `cacheVersion`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [account, campaignCode, mine, version, cacheVersion]);

  return { events, source, reload: load };
}
