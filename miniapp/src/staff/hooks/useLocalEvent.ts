import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { EventHistoryEntry } from '@rights-outreach/shared';
import { getEventCache } from '../../offline';
import { localEvent, type LocalEvent } from '../../offline/localView';
import { toApiError, type ApiError } from '../../services/ApiError';
import { getEventDetail } from '../../services/events';
import { useOutbox } from './useOutbox';
import { useShownAgain } from './useShownAgain';

export type DetailSource = { kind: 'loading' } | { kind: 'fresh'; history: EventHistoryEntry[] } | { kind: 'unavailable'; error: ApiError };

/**
 * One event as this phone sees it (the last server copy with queued changes applied), shown
 * at once, then refreshed from the server with its history when there is signal.
 */
export function useLocalEvent(account: string | null, eventId: string | null) {
  const { records, version } = useOutbox();
  const [cacheVersion, cacheChanged] = useReducer((n: number) => n + 1, 0);
  const [source, setSource] = useState<DetailSource>({ kind: 'loading' });

  // Once its deletion is queued the event is gone for this page: asking the server again only
  // answers 404 (the delivered deletion used to trigger exactly that re-read).
  const deleted = useRef(false);
  if (account && eventId && records.some((r) => r.eventId === eventId && r.kind === 'delete')) deleted.current = true;

  const load = useCallback(async () => {
    if (!account || !eventId || deleted.current) return;
    try {
      const detail = await getEventDetail(eventId);
      getEventCache().put(detail.event);
      setSource({ kind: 'fresh', history: detail.history });
    } catch (error) {
      setSource({ kind: 'unavailable', error: toApiError(error) });
    }
    cacheChanged();
  }, [account, eventId]);

  useEffect(() => {
    void load();
  }, [load]);

  // Back from the form: read again (the first show is the effect above).
  useShownAgain(() => void load());

  // A change of this event was delivered: read the server's copy again (history, unit name, version).
  const waiting = account && eventId ? records.filter((r) => r.eventId === eventId && r.owner === account).length : 0;
  const previousWaiting = useRef(waiting);
  useEffect(() => {
    if (waiting < previousWaiting.current) void load();
    previousWaiting.current = waiting;
  }, [waiting, load]);

  const event: LocalEvent | null = useMemo(() => {
    if (!account || !eventId) return null;
    return localEvent(eventId, getEventCache().get(eventId), records, account);
    // `records` changes with `version`; the cache (not React state) with `cacheVersion`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [account, eventId, version, cacheVersion]);

  return { event, source, reload: load };
}
