import {
  type Beacon,
  type BeaconBatch,
  type BeaconBatchResult,
  type Campaign,
  addDays,
  beaconLimits,
  videoBeaconKinds,
} from '@rights-outreach/shared';
import { RateLimitedError, ValidationError } from '../errors';
import { putBeacons } from '../repository/beaconRepository';
import { addRateHits, type RateWindow, secondsLeftInWindow } from '../repository/rateLimitRepository';
import { cachedBeaconPlace, cachedVideoMaterials } from './beaconPlace';
import { isCrawler } from './crawlers';
import { identityHash } from './identityHash';
import { personOf } from './person';
import { tallyBeacon } from './tally';

export interface RecordBeaconsContext {
  now: Date;
  visitorHashSecret: string;
  /** Verifies visitor tokens (WeChat identity). */
  tokenSecret: string;
  beaconTtlDays: number;
  /** The sender's user agent: crawlers are acknowledged but not counted. */
  userAgent?: string;
  /** The sender's address: only its keyed hash is used, for the per-address limit. */
  sourceIp: string;
  /**
   * Beacons one person / one address may send per window. A person reading every material
   * and sharing them all sends well under a hundred in ten minutes; an event Wi-Fi (or a
   * carrier NAT) puts hundreds of people behind one address, so that limit is far higher
   * and only stops one script posing as many phones. Past a limit the answer is 429 with
   * Retry-After: the tracker keeps its queue and sends again later, so nothing is lost.
   */
  limits: { perPerson: number; perAddress: number };
}

/** Rate limits are counted in fixed windows of this length. */
export const beaconRateWindowSeconds = 600;

/**
 * Takes in a batch of beacons from one phone: checks it whole (schema, campaign, event,
 * dates, crawlers, limits, visitor token) before anything is written, so a bad batch
 * writes nothing; then stores each countable beacon as one item. Counting happens from
 * the table's stream (aggregateBeacons), exactly once per beacon id however often the
 * phone sends it: a replay stores the identical item again, which DynamoDB does not stream.
 */
export async function recordBeacons(batch: BeaconBatch, context: RecordBeaconsContext): Promise<BeaconBatchResult> {
  // Answered as done (not refused), so a crawler has no reason to retry; nothing is read or written.
  if (isCrawler(context.userAgent)) return { accepted: 0, ignored: batch.beacons.length };
  const personHash = await personOf(batch, context);
  // Counted against the limits before anything is read, so a flood costs one write a batch.
  await enforceRateLimits(personHash, batch.beacons.length, context);
  const { campaign, place } = await placeOf(batch, context.now);
  const countable = batch.beacons.filter((beacon) => isCountable(beacon, campaign, context));
  const ignored = batch.beacons.length - countable.length;
  if (countable.length === 0) return { accepted: 0, ignored };

  const personExpiresAt = Math.floor(campaignCloses(campaign) / 1000) + context.beaconTtlDays * 86_400;
  const unique = [...new Map(countable.map((beacon) => [beacon.id, beacon])).values()];
  await putBeacons(
    unique.map((beacon) => ({
      ...tallyBeacon(beacon, place),
      campaignCode: place.campaignCode,
      personHash,
      ...(beacon.kind === 'share_open' ? { sharer: beacon.sharer, scene: beacon.scene } : {}),
      expiresAt: Math.floor(Date.parse(beacon.at) / 1000) + context.beaconTtlDays * 86_400,
      personExpiresAt,
    })),
  );
  return { accepted: countable.length, ...(ignored > 0 ? { ignored } : {}) };
}

/** Where the batch counts, checked against it; a refusal is always made on fresh details, never cached ones. */
async function placeOf(batch: BeaconBatch, now: Date) {
  try {
    return await checkedPlaceOf(batch, now, false);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return checkedPlaceOf(batch, now, true);
  }
}

async function checkedPlaceOf(batch: BeaconBatch, now: Date, fresh: boolean) {
  const resolved = await cachedBeaconPlace(batch, now, fresh);
  checkBeacons(batch, new Set(resolved.campaign.materialIds), now);
  await checkVideos(batch, now, fresh);
  return resolved;
}

/**
 * A play or completion of a material without a video is refused (400, the whole batch, like a
 * material not in the campaign): no page of ours can send one, so it is a bad client, not a
 * late one. docs/metrics.md, video figures.
 */
async function checkVideos(batch: BeaconBatch, now: Date, fresh: boolean): Promise<void> {
  const videoBeacons = batch.beacons.flatMap((beacon, i) =>
    videoBeaconKinds.includes(beacon.kind) && beacon.target.type === 'material' ? [{ i, materialId: beacon.target.materialId }] : [],
  );
  if (videoBeacons.length === 0) return;
  const withVideo = await cachedVideoMaterials(
    videoBeacons.map((beacon) => beacon.materialId),
    now,
    fresh,
  );
  const bad = videoBeacons.find((beacon) => !withVideo.has(beacon.materialId));
  if (bad) throw new ValidationError(`beacons.${bad.i}.target.materialId: material ${bad.materialId} has no video`);
}

function checkBeacons(batch: BeaconBatch, campaignMaterials: Set<string>, now: Date): void {
  const latest = now.getTime() + beaconLimits.maxClockSkewMs;
  batch.beacons.forEach((beacon, i) => {
    if (beacon.target.type === 'material' && !campaignMaterials.has(beacon.target.materialId)) {
      throw new ValidationError(`beacons.${i}.target.materialId: not a material of campaign ${batch.campaignCode}`);
    }
    if (Date.parse(beacon.at) > latest) {
      throw new ValidationError(`beacons.${i}.at: lies in the future`);
    }
  });
}

/**
 * A beacon counts only if it happened within the campaign's dates (Asia/Shanghai) and less
 * than the beacon TTL ago: its stored item lives until its own time plus the TTL, so a
 * replay inside that time always finds it. Anything else is acknowledged, not counted.
 */
function isCountable(beacon: Beacon, campaign: Campaign, context: RecordBeaconsContext): boolean {
  const at = Date.parse(beacon.at);
  const opens = Date.parse(`${campaign.startDate}T00:00:00+08:00`);
  const oldest = context.now.getTime() - context.beaconTtlDays * 86_400_000;
  return at >= opens && at < campaignCloses(campaign) && at > oldest;
}

/** The moment after the campaign's last day (Asia/Shanghai), in epoch milliseconds. */
function campaignCloses(campaign: Campaign): number {
  return Date.parse(`${addDays(campaign.endDate, 1)}T00:00:00+08:00`);
}

async function enforceRateLimits(personHash: string, beacons: number, context: RecordBeaconsContext): Promise<void> {
  const windowSeconds = beaconRateWindowSeconds;
  const windows: RateWindow[] = [
    { name: 'beacons-person', subject: personHash, windowSeconds },
    { name: 'beacons-address', subject: identityHash(context.visitorHashSecret, 'address', context.sourceIp), windowSeconds },
  ];
  const [person = 0, address = 0] = await addRateHits(windows, beacons, context.now);
  if (person > context.limits.perPerson || address > context.limits.perAddress) {
    throw new RateLimitedError('Too many beacons from this sender; retry later', secondsLeftInWindow(windowSeconds, context.now));
  }
}
