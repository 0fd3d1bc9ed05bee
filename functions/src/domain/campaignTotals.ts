import { type BreakdownRow, type CampaignTotals, type Dimension, dimensions } from '@rights-outreach/shared';
import type { Principal } from '../auth/principal';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { listEventsUnder } from '../repository/eventRepository';
import { findMaterialRecords } from '../repository/materialRepository';
import { readBucketCounters, readCampaignUpdatedAt, readDetailCounters } from '../repository/tallyRepository';
import { channelLabel, eventLabel, materialLabel, sourceLabel, targetGroupLabel } from './report/breakdownLabels';
import { resolveReportScope, scopeBuckets } from './report/reportScope';
import { toMetrics } from './tally';

/**
 * The campaign's figures for the caller's unit (at head office: the whole campaign),
 * whole and by every dimension, from pre-aggregated counters: the same cost at ten beacons
 * or ten million. Rows are the buckets that counted something, sorted by key; every unit
 * keeps its own breakdowns (see tally.ts). `updatedAt` says how fresh the figures are.
 */
export async function getCampaignTotals(principal: Principal, code: string): Promise<CampaignTotals> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  const scope = await resolveReportScope(principal);
  const events = await listEventsUnder(code, scope.unit.path);
  const [counters, detail, materials, updatedAt] = await Promise.all([
    readBucketCounters(code, scopeBuckets(scope, events)),
    readDetailCounters(code, scope.detailScope),
    findMaterialRecords(campaign.materialIds),
    readCampaignUpdatedAt(code),
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

  const breakdowns = Object.fromEntries(dimensions.map((d) => [d, [] as BreakdownRow[]])) as Record<Dimension, BreakdownRow[]>;
  for (const [{ dimension, value }, values] of [...counters.entries(), ...detail.entries()]) {
    if (dimension === 'all') continue;
    breakdowns[dimension].push({ key: value, ...labels[dimension](value), metrics: toMetrics(values) });
  }
  for (const rows of Object.values(breakdowns)) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { campaignCode: code, totals: toMetrics(counters.of(scope.totalsBucket)), breakdowns, ...(updatedAt ? { updatedAt } : {}) };
}
