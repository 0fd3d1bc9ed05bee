/**
 * A national company's shape for benchmarks: head office, 31 provinces, 3 cities each and
 * 3 counties each (404 units), 13 materials, and per campaign ~300 events spread over the
 * counties. Written through the repositories and the createEvent domain function, so the
 * items look exactly like production's. Import only after the environment is set (bench/lib).
 */
import {
  addDays,
  type Campaign,
  type CreateEventRequest,
  type OfflineEventType,
  type Material,
  type TargetGroup,
} from '@rights-outreach/shared';
import type { Principal } from '../functions/src/auth/principal';
import { createEvent } from '../functions/src/domain/events/createEvent';
import { unitIdsOf } from '../functions/src/domain/beaconPlace';
import { putCampaignIfAbsent } from '../functions/src/repository/campaignRepository';
import { putMaterial } from '../functions/src/repository/materialRepository';
import { type OrgUnitRecord, putOrgUnitIfAbsent } from '../functions/src/repository/orgRepository';
import type { Prng } from '../scripts/lib/prng';
import { inParallel } from '../functions/src/repository/inParallel';

export { inParallel };

export const provinces = 31;
export const citiesPerProvince = 3;
export const countiesPerCity = 3;
export const materialCount = 13;
export const eventsPerCampaign = 300;
/** The campaign runs this many days from `campaignStart`; every beacon falls on one of them. */
export const campaignDays = 10;
export const campaignStart = '2026-03-10';

export interface Unit {
  id: string;
  path: string;
}

export interface OrgTree {
  units: Unit[];
  counties: Unit[];
}

export interface SeededEvent {
  id: string;
  /** Head office first, as beacon places carry them. */
  unitIds: string[];
  targetGroups: TargetGroup[];
}

const admin: Principal = { employeeNo: 'bench-admin', name: '压测管理员', role: 'admin', unitId: 'hq', unitPath: '/hq/' };

/** The org tree, with paths `/hq/p01/p01-c1/p01-c1-k1/`. */
export async function seedOrgTree(): Promise<OrgTree> {
  const records: OrgUnitRecord[] = [{ id: 'hq', name: '全国总公司', level: 'head_office', path: '/hq/' }];
  for (let p = 1; p <= provinces; p++) {
    const province = `p${String(p).padStart(2, '0')}`;
    const provincePath = `/hq/${province}/`;
    records.push({ id: province, name: `第${p}省分公司`, level: 'province', parentId: 'hq', path: provincePath });
    for (let c = 1; c <= citiesPerProvince; c++) {
      const city = `${province}-c${c}`;
      const cityPath = `${provincePath}${city}/`;
      records.push({ id: city, name: `第${p}省第${c}市分公司`, level: 'city', parentId: province, path: cityPath });
      for (let k = 1; k <= countiesPerCity; k++) {
        const county = `${city}-k${k}`;
        records.push({
          id: county,
          name: `第${p}省第${c}市第${k}县支公司`,
          level: 'county',
          parentId: city,
          path: `${cityPath}${county}/`,
        });
      }
    }
  }
  await inParallel(records, 8, putOrgUnitIfAbsent);
  const units = records.map(({ id, path }) => ({ id, path }));
  return { units, counties: records.filter((unit) => unit.level === 'county').map(({ id, path }) => ({ id, path })) };
}

/** 13 materials (rights and cases; a few are videos, which video_play beacons point at). */
export async function seedMaterials(): Promise<Material[]> {
  const materials: Material[] = Array.from({ length: materialCount }, (_, i) => ({
    id: `bench-m${String(i + 1).padStart(2, '0')}`,
    kind: i < 8 ? 'right' : 'case',
    format: i % 3 === 0 ? 'video' : 'article',
    origin: { kind: 'original' },
    title: `压测资料第${i + 1}篇`,
    summary: '压测用资料：内容与正式资料同样长短，只为占位。',
    sections: [{ heading: '要点', body: '如实告知产品的重要信息，不得误导销售。' }],
  }));
  await inParallel(materials, 8, putMaterial);
  return materials;
}

/** A running campaign with the given materials; its dates cover the benchmark's days. */
export async function seedCampaign(code: string, materials: Material[]): Promise<Campaign> {
  const campaign: Campaign = {
    code,
    type: 'rights_week_315',
    name: '“3·15”消费者权益保护教育宣传周（压测）',
    slogan: '心系消费者 金融为人民',
    startDate: campaignStart,
    endDate: addDays(campaignStart, campaignDays - 1),
    targetGroups: ['elderly', 'youth'],
    materialIds: materials.map((material) => material.id),
  };
  if (!(await putCampaignIfAbsent(campaign))) throw new Error(`campaign ${code} exists already`);
  return campaign;
}

const eventTypes: OfflineEventType[] = ['community', 'village', 'school', 'enterprise', 'business_district', 'counter', 'elderly_home'];
const groupSets: TargetGroup[][] = [
  ['elderly'],
  ['elderly', 'villagers'],
  ['students', 'youth'],
  ['new_citizens'],
  ['disabled', 'elderly'],
  [],
];

/**
 * The campaign's events, logged by an admin through the createEvent domain function. The
 * layout (which county, which target groups, which day) depends only on the index, so two
 * campaigns get the same shape; the ids come from `random`.
 */
export async function seedEvents(campaignCode: string, counties: Unit[], random: Prng, count = eventsPerCampaign): Promise<SeededEvent[]> {
  const requests: CreateEventRequest[] = Array.from({ length: count }, (_, i) => ({
    clientId: random.uuid(),
    campaignCode,
    type: eventTypes[i % eventTypes.length]!,
    unitId: counties[i % counties.length]!.id,
    title: `金融知识宣传活动第${i + 1}场`,
    startAt: `${addDays(campaignStart, i % campaignDays)}T09:30:00+08:00`,
    placeName: `第${(i % 50) + 1}社区活动中心`,
    targetGroups: groupSets[i % groupSets.length]!,
    staffPresent: 4,
    headcount: 86,
    coverage: { min: 1500, max: 2000 },
    printed: { leaflets: 200, colourPages: 100, posters: 4, other: 0 },
    displayAreas: 1,
  }));
  const now = new Date(`${campaignStart}T08:00:00+08:00`);
  const pathOf = new Map(counties.map((county) => [county.id, county.path]));
  return inParallel(requests, 8, async (request) => {
    const { event } = await createEvent(admin, request, now);
    return { id: event.id, unitIds: unitIdsOf(pathOf.get(event.unitId)!), targetGroups: event.targetGroups };
  });
}
