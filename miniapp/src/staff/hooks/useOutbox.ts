import { useEffect, useReducer } from 'react';
import { getOutbox, type OutboxRecord, type SyncEngine, type SyncStatus } from '../../offline';

export interface OutboxView {
  outbox: SyncEngine;
  records: readonly OutboxRecord[];
  status: SyncStatus;
  /** Changes every time the outbox does: a dependency for views derived from it. */
  version: number;
}

/** The outbox, re-rendering the page on every change of its records or sync status. */
export function useOutbox(): OutboxView {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const outbox = getOutbox();
  useEffect(() => outbox.subscribe(bump), [outbox]);
  return { outbox, records: outbox.records(), status: outbox.status(), version };
}

/** The signed-in account's records: what 待同步 counts. */
export function ownRecords(records: readonly OutboxRecord[], account: string): OutboxRecord[] {
  return records.filter((record) => record.owner === account);
}
