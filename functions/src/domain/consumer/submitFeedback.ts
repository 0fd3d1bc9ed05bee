import { type BeaconBatch, type FeedbackEntry, type FeedbackRequest, beaconLimits } from '@rights-outreach/shared';
import { CampaignNotFoundError, ValidationError } from '../../errors';
import type { Principal } from '../../auth/principal';
import { findCampaign } from '../../repository/campaignRepository';
import { type FeedbackRecord, feedbackFingerprint, listFeedback, putFeedbackIfAbsent } from '../../repository/consumerRepository';
import { listEventsUnder } from '../../repository/eventRepository';
import { unitIdsOf } from '../beaconPlace';
import { resolveBeaconPlace } from '../beaconPlace';
import { personOf } from '../person';
import { type RecordBeaconsContext, recordBeacons } from '../recordBeacons';
import { refuseIfDifferent, requestFingerprint } from './requestFingerprint';

/**
 * Stores a consumer's rating and comment once under its client id, then counts it as a
 * feedback beacon with the same id. Stored first, so a comment is never lost to a failure
 * in counting; a resend finds it stored and only completes the (idempotent) count. Another
 * feedback under a stored client id is refused (409 IDEMPOTENCY_CONFLICT) and changes nothing.
 */
export async function submitFeedback(request: FeedbackRequest, context: RecordBeaconsContext): Promise<{ created: boolean }> {
  await personOf(request, context);
  const batch: BeaconBatch = {
    campaignCode: request.campaignCode,
    ...(request.source ? { source: request.source } : {}),
    ...(request.eventId ? { eventId: request.eventId } : {}),
    visitorId: request.visitorId,
    ...(request.visitorToken ? { visitorToken: request.visitorToken } : {}),
    beacons: [
      {
        id: request.clientId,
        kind: 'feedback',
        target: request.materialId ? { type: 'material', materialId: request.materialId } : { type: 'landing' },
        rating: request.rating,
        at: request.at,
      },
    ],
  };
  const { campaign } = await resolveBeaconPlace(batch);
  if (request.materialId && !campaign.materialIds.includes(request.materialId)) {
    throw new ValidationError(`materialId: not a material of campaign ${campaign.code}`);
  }
  if (Date.parse(request.at) > context.now.getTime() + beaconLimits.maxClockSkewMs) throw new ValidationError('at: lies in the future');

  const fingerprint = requestFingerprint(context.visitorHashSecret, request);
  const created = await putFeedbackIfAbsent({
    id: request.clientId,
    campaignCode: campaign.code,
    ...(request.eventId ? { eventId: request.eventId } : {}),
    ...(request.materialId ? { materialId: request.materialId } : {}),
    rating: request.rating,
    ...(request.comment ? { comment: request.comment } : {}),
    at: request.at,
    receivedAt: context.now.toISOString(),
    expiresAt: Math.floor(context.now.getTime() / 1000) + context.beaconTtlDays * 86_400,
    requestHash: fingerprint,
  });
  if (!created) refuseIfDifferent(await feedbackFingerprint(request.clientId), fingerprint, request.clientId);
  await recordBeacons(batch, context);
  return { created };
}

/** What consumers said about a campaign, newest first: ratings and comments, nobody's identity. */
export async function readFeedback(
  principal: Principal,
  campaignCode: string,
): Promise<{ entries: FeedbackEntry[]; count: number; averageRating: number | null }> {
  if (!(await findCampaign(campaignCode))) throw new CampaignNotFoundError(campaignCode);
  const records = await feedbackInScope(principal, campaignCode);
  const entries = records.map(({ id, eventId, materialId, rating, comment, at }) => ({
    id,
    ...(eventId ? { eventId } : {}),
    ...(materialId ? { materialId } : {}),
    rating,
    ...(comment ? { comment } : {}),
    at,
  }));
  const sum = entries.reduce((total, entry) => total + entry.rating, 0);
  return { entries, count: entries.length, averageRating: entries.length ? Math.round((sum / entries.length) * 100) / 100 : null };
}

/**
 * The feedback a reader may see: at head office (and for admins) all of the campaign's; below
 * it only what was given at the events of the reader's subtree (feedback on a campaign-wide
 * page belongs to no unit).
 */
async function feedbackInScope(principal: Principal, campaignCode: string): Promise<FeedbackRecord[]> {
  const records = await listFeedback(campaignCode);
  if (principal.role === 'admin' || unitIdsOf(principal.unitPath).length === 1) return records;
  const events = new Set((await listEventsUnder(campaignCode, principal.unitPath)).map((event) => event.id));
  return records.filter((record) => record.eventId !== undefined && events.has(record.eventId));
}
