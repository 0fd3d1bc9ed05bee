import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Channel, TargetGroup } from '@rights-outreach/shared';
import type { TallyBeacon } from '../domain/tally';
import { ServiceUnavailableError } from '../errors';
import { db, tableName } from './client';
import { keys } from './keys';

/**
 * A beacon as stored: one item, and the only write counting makes on the request path.
 * Its content is only what the phone sent and what follows from it (the person's keyed
 * hash, the place the batch resolved to, expiry times from the beacon's own time), so a
 * replay writes the very same item: DynamoDB then changes nothing and streams nothing, and
 * the stream's INSERT of a beacon is its one and only count. No raw visitor id, openid or
 * address is stored.
 */
export interface StoredBeacon extends TallyBeacon {
  campaignCode: string;
  /** Keyed hash of the person (openid in WeChat, device id in H5). */
  personHash: string;
  /** share_open: the anonymous sharer tag and where the shared card or link was opened. */
  sharer?: string;
  scene?: number | 'link';
  /** Epoch seconds after which DynamoDB's TTL may delete the beacon (its time + the beacon TTL). */
  expiresAt: number;
  /** Epoch seconds until which the person's counting record must live (the campaign's end + the beacon TTL). */
  personExpiresAt: number;
}

/** BatchWriteItem's limit of items per call. */
const chunkSize = 25;
const maxRounds = 8;

/**
 * Stores beacons with BatchWriteItem, re-sending what DynamoDB left unprocessed with
 * back-off. Idempotent: storing the same beacons again changes nothing.
 */
export async function putBeacons(beacons: StoredBeacon[], sleep: (ms: number) => Promise<void> = wait): Promise<void> {
  const table = tableName();
  const chunks: StoredBeacon[][] = [];
  for (let start = 0; start < beacons.length; start += chunkSize) chunks.push(beacons.slice(start, start + chunkSize));
  await Promise.all(
    chunks.map(async (chunk) => {
      let requests = chunk.map((beacon) => ({ PutRequest: { Item: beaconItem(beacon) } }));
      for (let round = 0; requests.length > 0; round++) {
        if (round >= maxRounds) throw new ServiceUnavailableError(new Error('beacons left unprocessed'));
        if (round > 0) await sleep(Math.min(1_000, 25 * 2 ** round));
        const result = await db().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
        requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }),
  );
}

/** The item of a beacon: deterministic, see StoredBeacon. */
export function beaconItem(beacon: StoredBeacon): Record<string, unknown> {
  const { place, ...rest } = beacon;
  return {
    ...keys.beacon(beacon.campaignCode, beacon.id),
    entity: 'beacon',
    ...rest,
    ...(place.eventId ? { eventId: place.eventId } : {}),
    ...(place.source ? { source: place.source } : {}),
    ...(place.channel ? { channel: place.channel } : {}),
    unitIds: place.unitIds,
    targetGroups: place.targetGroups,
    ttl: beacon.expiresAt,
  };
}

/** Whether a stored item (e.g. a stream record's new image) is a beacon. */
export function isBeaconItem(item: Record<string, unknown>): boolean {
  return item.entity === 'beacon';
}

export class MalformedBeaconItemError extends Error {
  constructor(key: unknown, field: string) {
    super(`beacon item ${String(key)}: ${field} is missing or malformed`);
    this.name = 'MalformedBeaconItemError';
  }
}

/** A stored beacon item read back (from the table or from its stream); refuses anything malformed. */
export function parseBeaconItem(item: Record<string, unknown>): StoredBeacon {
  const str = (name: string): string => {
    const value = item[name];
    if (typeof value !== 'string' || value === '') throw new MalformedBeaconItemError(item.pk, name);
    return value;
  };
  const num = (name: string): number => {
    const value = item[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new MalformedBeaconItemError(item.pk, name);
    return value;
  };
  const optional = (name: string): string | undefined => (item[name] === undefined ? undefined : str(name));
  const list = (name: string): string[] => {
    const value = item[name] ?? [];
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) throw new MalformedBeaconItemError(item.pk, name);
    return value as string[];
  };
  const eventId = optional('eventId');
  const source = optional('source');
  const channel = optional('channel') as Channel | undefined;
  const materialId = optional('materialId');
  const sharer = optional('sharer');
  const beacon: StoredBeacon = {
    id: str('id'),
    kind: str('kind') as StoredBeacon['kind'],
    at: str('at'),
    campaignCode: str('campaignCode'),
    personHash: str('personHash'),
    expiresAt: num('expiresAt'),
    personExpiresAt: num('personExpiresAt'),
    place: {
      campaignCode: str('campaignCode'),
      ...(eventId ? { eventId } : {}),
      ...(source ? { source } : {}),
      ...(channel ? { channel } : {}),
      unitIds: list('unitIds'),
      targetGroups: list('targetGroups') as TargetGroup[],
    },
    ...(materialId ? { materialId } : {}),
    ...(item.rating !== undefined ? { rating: num('rating') } : {}),
    ...(sharer ? { sharer } : {}),
    ...(item.scene !== undefined ? { scene: item.scene === 'link' ? 'link' : num('scene') } : {}),
  };
  if (Number.isNaN(Date.parse(beacon.at))) throw new MalformedBeaconItemError(item.pk, 'at');
  return beacon;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
