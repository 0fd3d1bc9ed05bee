import { type Beacon, type BeaconBatch, type BeaconBatchResult, type Campaign, addDays, beaconLimits } from '@rights-outreach/shared';
import { RateLimitedError, ValidationError } from '../errors';
import { addRateHits, type RateWindow, secondsLeftInWindow } from '../repository/rateLimitRepository';
import { presentMarkers, recordBeacon } from '../repository/tallyRepository';
import { resolveBeaconPlace } from './beaconPlace';
import { isCrawler } from './crawlers';
import { identityHash } from './identityHash';
import { personOf } from './person';
import { countingPlan, type Marker, markerId } from './tally';

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

const parallelWrites = 8;

/**
 * Counts a batch of beacons from one phone, each exactly once. The whole batch is checked
 * before anything is written, so a bad batch writes nothing; a batch that fails half-way
 * can simply be sent again, because counted beacons are recognised by their ids.
 */
export async function recordBeacons(batch: BeaconBatch, context: RecordBeaconsContext): Promise<BeaconBatchResult> {
  // Answered as done (not refused), so a crawler has no reason to retry; nothing is read or written.
  if (isCrawler(context.userAgent)) return { accepted: 0, duplicates: 0, ignored: batch.beacons.length };
  const personHash = await personOf(batch, context);
  const { campaign, place } = await resolveBeaconPlace(batch);
  checkBeacons(batch, new Set(campaign.materialIds), context.now);
  const countable = batch.beacons.filter((beacon) => isCountable(beacon, campaign, context));
  await enforceRateLimits(personHash, batch.beacons.length, context);
  if (countable.length === 0) return { accepted: 0, duplicates: 0, ignored: batch.beacons.length };

  const receivedAt = context.now.toISOString();
  const expiresAt = Math.floor(context.now.getTime() / 1000) + context.beaconTtlDays * 86_400;
  const unique = [...new Map(countable.map((b) => [b.id, b])).values()];
  const plans = new Map(unique.map((beacon) => [beacon.id, countingPlan(beacon, place)]));
  // Markers this person already has need not be tried: one batched read saves a failed transaction.
  const allMarkers = [...new Map([...plans.values()].flatMap((p) => p.markers).map((m) => [markerId(m), m])).values()];
  const settledMarkers = await presentMarkers(place.campaignCode, personHash, allMarkers);

  const record = async (beacon: Beacon) => {
    const plan = plans.get(beacon.id)!;
    const outcome = await recordBeacon({
      record: {
        campaignCode: place.campaignCode,
        beaconId: beacon.id,
        kind: beacon.kind,
        targetType: beacon.target.type,
        materialId: beacon.target.type === 'material' ? beacon.target.materialId : undefined,
        source: place.source,
        eventId: place.eventId,
        personHash,
        ...(beacon.kind === 'share_open' ? { sharer: beacon.sharer, scene: beacon.scene } : {}),
        at: beacon.at,
        receivedAt,
        expiresAt,
      },
      increments: plan.increments,
      markers: plan.markers.filter((marker: Marker) => !settledMarkers.has(markerId(marker))),
    });
    if (outcome.result === 'counted') {
      for (const marker of [...outcome.newMarkers, ...outcome.knownMarkers]) settledMarkers.add(markerId(marker));
    }
    return outcome.result;
  };

  let accepted = 0;
  let index = 0;
  // One at a time until a beacon is counted: from then on this person's markers are settled
  // and the rest can go in parallel without contending for them.
  while (index < unique.length) {
    const result = await record(unique[index++]!);
    if (result === 'counted') {
      accepted++;
      break;
    }
  }
  const rest = unique.slice(index);
  for (let start = 0; start < rest.length; start += parallelWrites) {
    const results = await Promise.all(rest.slice(start, start + parallelWrites).map(record));
    accepted += results.filter((result) => result === 'counted').length;
  }
  const ignored = batch.beacons.length - countable.length;
  return { accepted, duplicates: countable.length - accepted, ...(ignored > 0 ? { ignored } : {}) };
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
 * than the beacon TTL ago: its dedup record is kept that long after it first arrives, so a
 * replay inside that time is always recognised. Anything else is acknowledged, not counted.
 */
function isCountable(beacon: Beacon, campaign: Campaign, context: RecordBeaconsContext): boolean {
  const at = Date.parse(beacon.at);
  const opens = Date.parse(`${campaign.startDate}T00:00:00+08:00`);
  const closes = Date.parse(`${addDays(campaign.endDate, 1)}T00:00:00+08:00`);
  const oldest = context.now.getTime() - context.beaconTtlDays * 86_400_000;
  return at >= opens && at < closes && at > oldest;
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
