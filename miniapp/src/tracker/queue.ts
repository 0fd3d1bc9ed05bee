import type { Beacon } from '@rights-outreach/shared';

/** Where a page was opened from: the campaign, the channel, and the event when it was an event's QR code. */
export interface BeaconOrigin {
  campaignCode: string;
  source?: string;
  eventId?: string;
}

/** One beacon waiting to be sent, with the origin it is reported under. */
export interface QueuedBeacon extends BeaconOrigin {
  beacon: Beacon;
}

/** Beacons of one origin (campaign, source, event), in the order they happened. */
export interface PendingBatch extends BeaconOrigin {
  beacons: Beacon[];
}

const groupKey = (item: BeaconOrigin): string => `${item.campaignCode}\u0000${item.source ?? ''}\u0000${item.eventId ?? ''}`;

/** The origin without empty parts, as the API's batch carries it. */
export function originOf(item: BeaconOrigin): BeaconOrigin {
  return {
    campaignCode: item.campaignCode,
    ...(item.source ? { source: item.source } : {}),
    ...(item.eventId ? { eventId: item.eventId } : {}),
  };
}

/** Appends and drops the oldest beyond `max`, so storage cannot grow without bound. */
export function appendCapped(queue: readonly QueuedBeacon[], item: QueuedBeacon, max: number): { queue: QueuedBeacon[]; dropped: number } {
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
  const beacons = queue
    .filter((item) => groupKey(item) === key)
    .slice(0, limit)
    .map((item) => item.beacon);
  return { ...originOf(first), beacons };
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
    (item.eventId === undefined || typeof item.eventId === 'string') &&
    typeof item.beacon?.id === 'string' &&
    typeof item.beacon.at === 'string'
  );
}
