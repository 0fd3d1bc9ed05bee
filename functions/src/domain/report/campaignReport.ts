import type { CampaignReport, MediaPostFields, PlatformFigureFields } from '@rights-outreach/shared';
import type { Principal } from '../../auth/principal';
import { config } from '../../config';
import { CampaignNotFoundError } from '../../errors';
import { findCampaign, listCampaigns } from '../../repository/campaignRepository';
import { listEventsUnder } from '../../repository/eventRepository';
import { findMaterialRecords } from '../../repository/materialRepository';
import { readBucketCounters, readCampaignUpdatedAt, readDetailCounters } from '../../repository/tallyRepository';
import { toMetrics } from '../tally';
import { mediaPostKind } from '../records/mediaPosts';
import { platformFigureKind } from '../records/platformFigures';
import { recordsUnder, toView } from '../records/unitRecords';
import { assembleReport } from './assembleReport';
import { offlineFigures } from './offlineFigures';
import { type ResolvedScope, resolveReportScope, scopeBuckets } from './reportScope';
import { comparable, previousCampaignOf } from './yearOnYear';

/**
 * A campaign's report for a unit the caller may see (default: the caller's own unit):
 * reads the unit's subtree, its events, the counters that describe them and last year's
 * campaign of the same type, then computes every figure once (assembleReport).
 */
export async function campaignReport(principal: Principal, code: string, unitId?: string, now = new Date()): Promise<CampaignReport> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  const scope = await resolveReportScope(principal, unitId);

  const [allEvents, detail, materials, campaigns, updatedAt, mediaPosts, platformFigures] = await Promise.all([
    listEventsUnder(code, scope.unit.path),
    readDetailCounters(code, scope.detailScope),
    findMaterialRecords(campaign.materialIds),
    listCampaigns(),
    readCampaignUpdatedAt(code),
    recordsUnder(mediaPostKind.kind, code, scope.unit.path),
    recordsUnder(platformFigureKind.kind, code, scope.unit.path),
  ]);
  const events = allEvents.filter((event) => !event.deletedAt);
  const previousCampaign = previousCampaignOf(campaign, campaigns);
  const [counters, previous] = await Promise.all([
    readBucketCounters(code, scopeBuckets(scope, events)),
    previousCampaign ? figuresOf(previousCampaign.code, scope) : Promise.resolve(null),
  ]);

  const titles = new Map(materials.map((material) => [material.id, (material.published ?? material.draft).title]));
  const unitNames = new Map(scope.subtree.map((unit) => [unit.id, unit.name]));
  const published = materials.flatMap((material) => (material.status === 'published' && material.published ? [material.published] : []));
  return assembleReport({
    campaign,
    materialCount: materials.filter((material) => material.status === 'published').length,
    materials: published,
    mediaPosts: mediaPosts.map((record) => toView<MediaPostFields>(record)),
    platformFigures: platformFigures.map((record) => toView<PlatformFigureFields>(record)),
    names: { unitName: (id) => unitNames.get(id), materialTitle: (id) => titles.get(id) },
    scope,
    events,
    counters,
    detail,
    ...(updatedAt ? { updatedAt } : {}),
    previous: previousCampaign && previous ? { campaign: previousCampaign, figures: previous } : null,
    attendanceFlagFactor: config().attendanceFlagFactor,
    now,
  });
}

/** Another campaign's compared figures for the same unit (year on year). */
async function figuresOf(code: string, scope: ResolvedScope) {
  const [events, counters] = await Promise.all([listEventsUnder(code, scope.unit.path), readBucketCounters(code, [scope.totalsBucket])]);
  const levels = new Map(scope.subtree.map((unit) => [unit.id, unit.level]));
  const offline = offlineFigures(
    events.filter((event) => !event.deletedAt),
    (id) => levels.get(id),
  );
  return comparable(offline, toMetrics(counters.of(scope.totalsBucket)));
}
