import type { Beacon } from '@rights-outreach/shared';

/** One beacon waiting to be sent, with the campaign and source it is reported under. */
export interface QueuedBeacon {
  campaignCode: string;
  source?: string;
  beacon: Beacon;
}

/** Beacons of one (campaign, source) pair, in the order they happened. */
export interface PendingBatch {
  campaignCode: string;
  source?: string;
  beacons: Beacon[];
}

const groupKey = (item: Pick<QueuedBeacon, 'campaignCode' | 'source'>): string =>
  `${item.campaignCode}\u0000${item.source ?? ''}`;

/** Appends and drops the oldest beyond `max`, so storage cannot grow without bound. */
export function appendCapped(
  queue: readonly QueuedBeacon[],
  item: QueuedBeacon,
  max: number,
): { queue: QueuedBeacon[]; dropped: number } {
  const next = [...queue, item];
  const dropped = Math.max(0, next.length - max);
  return { queue: dropped > 0 ? next.slice(dropped) : next, dropped };
}

/**
 * The next batch to send: the group of the oldest waiting beacon, up to `limit` beacons.
 * Oldest first, so a campaign that keeps failing cannot starve the others forever.
 */
export function nextBatch(queue: readonly QueuedBeacon[], limit: number): PendingBatch | null {
  const first = queue[0];
  if (!first) return null;
  const key = groupKey(first);
  const beacons = queue.filter((item) => groupKey(item) === key).slice(0, limit).map((item) => item.beacon);
  return { campaignCode: first.campaignCode, ...(first.source ? { source: first.source } : {}), beacons };
}

/** The queue without the given beacons (by id, so beacons added meanwhile stay). */
export function withoutBeacons(queue: readonly QueuedBeacon[], beacons: readonly Beacon[]): QueuedBeacon[] {
  const ids = new Set(beacons.map((beacon) => beacon.id));
  return queue.filter((item) => !ids.has(item.beacon.id));
}

/** Reads a stored queue defensively: storage written by an older build may not match. */
export function parseStoredQueue(value: unknown): QueuedBeacon[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isQueuedBeacon);
}

function isQueuedBeacon(value: unknown): value is QueuedBeacon {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<QueuedBeacon>;
  return (
    typeof item.campaignCode === 'string' &&
    (item.source === undefined || typeof item.source === 'string') &&
    typeof item.beacon?.id === 'string' &&
    typeof item.beacon.at === 'string'
  );
}
