import { type BeaconBatch, type BeaconBatchResult, beaconLimits } from '@rights-outreach/shared';
import { CampaignNotFoundError, ValidationError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { recordBeacon } from '../repository/tallyRepository';
import { countersFor, newVisitorCounters } from './tally';
import { hashVisitorId } from './visitorIdentity';

export interface RecordBeaconsContext {
  now: Date;
  visitorHashSecret: string;
  beaconTtlDays: number;
}

const parallelWrites = 8;

/**
 * Counts a batch of beacons from one phone, each exactly once. The whole batch is checked
 * before anything is written, so a bad batch writes nothing; a batch that fails half-way
 * can simply be sent again, because counted beacons are recognised by their ids.
 */
export async function recordBeacons(batch: BeaconBatch, context: RecordBeaconsContext): Promise<BeaconBatchResult> {
  const campaign = await findCampaign(batch.campaignCode);
  if (!campaign) throw new CampaignNotFoundError(batch.campaignCode);
  checkBeacons(batch, new Set(campaign.materialIds), context.now);

  const visitorHash = hashVisitorId(context.visitorHashSecret, batch.visitorId);
  const receivedAt = context.now.toISOString();
  const expiresAt = Math.floor(context.now.getTime() / 1000) + context.beaconTtlDays * 86_400;
  const record = (beacon: BeaconBatch['beacons'][number], mayBeNewVisitor: boolean) =>
    recordBeacon({
      record: {
        campaignCode: batch.campaignCode,
        beaconId: beacon.id,
        kind: beacon.kind,
        targetType: beacon.target.type,
        materialId: beacon.target.type === 'material' ? beacon.target.materialId : undefined,
        source: batch.source,
        visitorHash,
        at: beacon.at,
        receivedAt,
        expiresAt,
      },
      counters: countersFor(beacon),
      newVisitorCounters,
      mayBeNewVisitor,
    });

  const unique = [...new Map(batch.beacons.map((b) => [b.id, b])).values()];
  let accepted = 0;
  let index = 0;
  // One at a time until a beacon is counted: from then on the visitor is known to be
  // counted, and the rest can go in parallel without touching the visitor marker.
  for (; index < unique.length; index++) {
    const outcome = await record(unique[index]!, true);
    if (outcome.result === 'counted') {
      accepted++;
      index++;
      break;
    }
  }
  const rest = unique.slice(index);
  for (let start = 0; start < rest.length; start += parallelWrites) {
    const outcomes = await Promise.all(rest.slice(start, start + parallelWrites).map((b) => record(b, false)));
    accepted += outcomes.filter((o) => o.result === 'counted').length;
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
