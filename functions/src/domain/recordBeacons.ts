import { type BeaconBatch, type BeaconBatchResult, beaconLimits } from '@rights-outreach/shared';
import { CampaignNotFoundError, EventNotFoundError, ValidationError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { findEventRecord } from '../repository/eventRepository';
import type { CounterScope } from '../repository/keys';
import { recordBeacon } from '../repository/tallyRepository';
import { isCrawler } from './crawlers';
import { countingPlan, markerId } from './tally';
import { identityHash } from './identityHash';

export interface RecordBeaconsContext {
  now: Date;
  visitorHashSecret: string;
  beaconTtlDays: number;
  /** The sender's user agent: crawlers are acknowledged but not counted. */
  userAgent?: string;
}

const parallelWrites = 8;

/**
 * Counts a batch of beacons from one phone, each exactly once. The whole batch is checked
 * before anything is written, so a bad batch writes nothing; a batch that fails half-way
 * can simply be sent again, because counted beacons are recognised by their ids.
 */
export async function recordBeacons(batch: BeaconBatch, context: RecordBeaconsContext): Promise<BeaconBatchResult> {
  // Answered as done (not refused), so a crawler has no reason to retry; nothing is read or written.
  if (isCrawler(context.userAgent)) return { accepted: 0, duplicates: 0, ignored: batch.beacons.length };
  const campaign = await findCampaign(batch.campaignCode);
  if (!campaign) throw new CampaignNotFoundError(batch.campaignCode);
  if (batch.eventId) {
    const event = await findEventRecord(batch.eventId);
    if (!event || event.deletedAt || event.campaignCode !== campaign.code) throw new EventNotFoundError(batch.eventId);
  }
  checkBeacons(batch, new Set(campaign.materialIds), context.now);

  const scopes: { campaign: CounterScope; event?: CounterScope } = {
    campaign: { kind: 'campaign', code: campaign.code },
    ...(batch.eventId ? { event: { kind: 'event', id: batch.eventId } } : {}),
  };
  const visitorHash = identityHash(context.visitorHashSecret, 'visitor', batch.visitorId);
  const receivedAt = context.now.toISOString();
  const expiresAt = Math.floor(context.now.getTime() / 1000) + context.beaconTtlDays * 86_400;
  // Markers this batch has seen written or present: later beacons need not try them again.
  const settledMarkers = new Set<string>();

  const record = async (beacon: BeaconBatch['beacons'][number]) => {
    const plan = countingPlan(beacon, scopes);
    const outcome = await recordBeacon({
      record: {
        campaignCode: batch.campaignCode,
        beaconId: beacon.id,
        kind: beacon.kind,
        targetType: beacon.target.type,
        materialId: beacon.target.type === 'material' ? beacon.target.materialId : undefined,
        source: batch.source,
        eventId: batch.eventId,
        visitorHash,
        at: beacon.at,
        receivedAt,
        expiresAt,
      },
      increments: plan.increments,
      markers: plan.markers.filter((marker) => !settledMarkers.has(markerId(marker))),
    });
    if (outcome.result === 'counted') {
      for (const marker of [...outcome.newMarkers, ...outcome.knownMarkers]) settledMarkers.add(markerId(marker));
    }
    return outcome.result;
  };

  const unique = [...new Map(batch.beacons.map((b) => [b.id, b])).values()];
  let accepted = 0;
  let index = 0;
  // One at a time until a beacon is counted: from then on the visitor markers are settled
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
  return { accepted, duplicates: batch.beacons.length - accepted };
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
