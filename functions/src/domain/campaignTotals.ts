import {
  type BreakdownRow,
  type Campaign,
  type CampaignTotals,
  type Channel,
  type Dimension,
  type TargetGroup,
  channelLabels,
  dimensions,
  sourceParts,
  targetGroupLabels,
} from '@rights-outreach/shared';
import { CampaignNotFoundError } from '../errors';
import { findCampaign } from '../repository/campaignRepository';
import { listEventsUnder } from '../repository/eventRepository';
import { findMaterialRecords } from '../repository/materialRepository';
import { listOrgUnitsUnder } from '../repository/orgRepository';
import { readCampaignCounters } from '../repository/tallyRepository';
import { toMetrics } from './tally';

interface Labels {
  label: string;
  parentKey?: string;
}
type Labeller = (key: string) => Labels;

/**
 * The campaign's figures, whole and by every dimension, from its pre-aggregated counters:
 * the same cost at ten beacons or ten million. Labels (event titles, unit names…) are
 * looked up here so every reader shows the same names.
 */
export async function getCampaignTotals(code: string): Promise<CampaignTotals> {
  const campaign = await findCampaign(code);
  if (!campaign) throw new CampaignNotFoundError(code);
  const [counters, labellers] = await Promise.all([readCampaignCounters(code), labellersFor(campaign)]);

  const breakdowns = Object.fromEntries(dimensions.map((d) => [d, [] as BreakdownRow[]])) as Record<Dimension, BreakdownRow[]>;
  for (const [bucket, values] of counters) {
    const hash = bucket.indexOf('#');
    const dimension = bucket.slice(0, hash) as Dimension | 'all';
    const key = bucket.slice(hash + 1);
    if (dimension === 'all' || !(dimension in breakdowns)) continue;
    breakdowns[dimension].push({ key, ...labellers[dimension](key), metrics: toMetrics(values) });
  }
  for (const rows of Object.values(breakdowns)) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { campaignCode: code, totals: toMetrics(counters.get('all#all')), breakdowns };
}

async function labellersFor(campaign: Campaign): Promise<Record<Dimension, Labeller>> {
  const [events, units, materials] = await Promise.all([
    listEventsUnder(campaign.code, '/'),
    listOrgUnitsUnder('/'),
    findMaterialRecords(campaign.materialIds),
  ]);
  const eventById = new Map(events.map((event) => [event.id, event]));
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const materialById = new Map(materials.map((material) => [material.id, material.published ?? material.draft]));
  const channelLabel = (channel: string) => channelLabels[channel as Channel] ?? channel;
  return {
    event: (key) => {
      const event = eventById.get(key);
      if (!event) return { label: key };
      return { label: `${event.title}（${event.placeName}）${event.deletedAt ? '（已删除）' : ''}` };
    },
    source: (key) => {
      const { channel, unitId } = sourceParts(key);
      return { label: unitId ? `${channelLabel(channel)}·${unitById.get(unitId)?.name ?? unitId}` : channelLabel(channel) };
    },
    channel: (key) => ({ label: channelLabel(key) }),
    unit: (key) => {
      const unit = unitById.get(key);
      return unit ? { label: unit.name, ...(unit.parentId ? { parentKey: unit.parentId } : {}) } : { label: key };
    },
    material: (key) => ({ label: materialById.get(key)?.title ?? key }),
    day: (key) => ({ label: key }),
    targetGroup: (key) => ({ label: targetGroupLabels[key as TargetGroup] ?? key }),
  };
}
