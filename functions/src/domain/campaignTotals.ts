import { type BreakdownRow, type CampaignTotals, type Dimension, dimensions } from '@rights-outreach/shared';
import type { Principal } from '../auth/principal';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { listEventsUnder } from '../repository/eventRepository';
import { bucketId, parseBucketId } from '../repository/keys';
import { findMaterialRecords } from '../repository/materialRepository';
import { readBucketCounters, readDetailCounters } from '../repository/tallyRepository';
import { unitIdsOf } from './beaconPlace';
import { channelLabel, eventLabel, materialLabel, sourceLabel, targetGroupLabel } from './report/breakdownLabels';
import { resolveReportScope } from './report/reportScope';
import { eventBucket, toMetrics, unitBucket } from './tally';

/**
 * The campaign's figures for the caller's unit (head office and admins: the whole campaign),
 * whole and by every dimension, from pre-aggregated counters: the same cost at ten beacons
 * or ten million. Rows are the buckets that counted something, sorted by key. Below
 * provinces only units and events are kept (see tally.ts); the other dimensions are empty.
 */
export async function getCampaignTotals(principal: Principal, code: string): Promise<CampaignTotals> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  const scope = await resolveReportScope(principal);
  const events = await listEventsUnder(code, scope.unit.path);
  const [counters, detail, materials] = await Promise.all([
    readBucketCounters(code, [
      scope.totalsBucket,
      ...scope.subtree.map((unit) => unitBucket(unit.id, unitIdsOf(unit.path).length - 1)),
      ...events.map((event) => eventBucket(event.id)),
    ]),
    scope.detailScope === null ? Promise.resolve(new Map()) : readDetailCounters(code, scope.detailScope),
    findMaterialRecords(campaign.materialIds),
  ]);

  const unitById = new Map(scope.subtree.map((unit) => [unit.id, unit]));
  const eventById = new Map(events.map((event) => [event.id, event]));
  const titles = new Map(materials.map((material) => [material.id, (material.published ?? material.draft).title]));
  const names = { unitName: (id: string) => unitById.get(id)?.name, materialTitle: (id: string) => titles.get(id) };
  const labels: Record<Dimension, (key: string) => Omit<BreakdownRow, 'key' | 'metrics'>> = {
    event: (key) => ({ label: eventById.has(key) ? eventLabel(eventById.get(key)!) : key }),
    source: (key) => ({ label: sourceLabel(key, names) }),
    channel: (key) => ({ label: channelLabel(key) }),
    unit: (key) => {
      const unit = unitById.get(key);
      return { label: unit?.name ?? key, ...(unit?.parentId ? { parentKey: unit.parentId } : {}) };
    },
    material: (key) => ({ label: materialLabel(key, names) }),
    day: (key) => ({ label: key }),
    targetGroup: (key) => ({ label: targetGroupLabel(key) }),
  };

  const totalsId = bucketId(scope.totalsBucket);
  const breakdowns = Object.fromEntries(dimensions.map((d) => [d, [] as BreakdownRow[]])) as Record<Dimension, BreakdownRow[]>;
  for (const [id, values] of [...counters, ...detail]) {
    const { dimension, value } = parseBucketId(id);
    if (dimension === 'all') continue;
    breakdowns[dimension].push({ key: value, ...labels[dimension](value), metrics: toMetrics(values) });
  }
  for (const rows of Object.values(breakdowns)) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { campaignCode: code, totals: toMetrics(counters.get(totalsId)), breakdowns };
}
