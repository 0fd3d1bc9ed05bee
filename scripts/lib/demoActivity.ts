import {
  addDays,
  type Beacon,
  caseMaterials,
  rightsMaterials,
  type BeaconBatch,
  type Campaign,
  type CreateEventRequest,
  type OfflineEventType,
  type OnlineEventType,
  type OnlinePlatform,
  isOnlineEventType,
  shanghaiDate,
  type TargetGroup,
} from '@rights-outreach/shared';
import type { Principal } from '../../functions/src/auth/principal';
import { createEvent } from '../../functions/src/domain/events/createEvent';
import { recordBeacons } from '../../functions/src/domain/recordBeacons';
import { IdempotencyConflictError } from '../../functions/src/errors';
import { type Prng, prng } from './prng';

/**
 * What the demo's field staff did and what consumers scanned, so the dashboard, the export
 * and the results paragraph have real figures to show. Everything goes through the product's
 * own domain functions (createEvent, recordBeacons), so it is counted exactly as on AWS (by the
 * aggregator, from the table's stream).
 * Ids come from a fixed-seed generator: seeding again counts nothing twice.
 */
interface DemoEvent {
  /** Who logged it; the event is at their unit unless `unitId` says which unit below it. */
  staff: keyof typeof demoStaff;
  unitId?: string;
  type: OfflineEventType | OnlineEventType;
  /** Online events: where, and what the platform reported (no place, headcount or print). */
  online?: { platform: OnlinePlatform; link?: string; viewersReported: number };
  /** 职场培训: the sales workplaces it trained. */
  workplaceIds?: string[];
  title: string;
  placeName: string;
  /** Days before the seeding day (0: today). */
  daysAgo: number;
  headcount: number;
  staffPresent: number;
  coverage: [number, number];
  targetGroups: TargetGroup[];
  /** People who scanned the event's code, and how many of them checked in. */
  scanned: number;
  checkedIn: number;
}

/** The demo staff who log events (units and paths as seeded by seedDemo). */
const demoStaff = {
  panyu: { employeeNo: 'S0001', name: '番禺消保专员', unitId: 'gd-gz-panyu', unitPath: '/hq/gd/gd-gz/gd-gz-panyu/' },
  huadu: { employeeNo: 'S0002', name: '花都消保专员', unitId: 'gd-gz-huadu', unitPath: '/hq/gd/gd-gz/gd-gz-huadu/' },
  shiqiao: {
    employeeNo: 'S0003',
    name: '市桥柜面专员',
    unitId: 'gd-gz-panyu-shiqiao',
    unitPath: '/hq/gd/gd-gz/gd-gz-panyu/gd-gz-panyu-shiqiao/',
  },
  nanshan: { employeeNo: 'S0004', name: '南山消保专员', unitId: 'gd-sz-nanshan', unitPath: '/hq/gd/gd-sz/gd-sz-nanshan/' },
  xihu: { employeeNo: 'S0005', name: '西湖消保专员', unitId: 'zj-hz-xihu', unitPath: '/hq/zj/zj-hz/zj-hz-xihu/' },
} as const;

const rightsWeekEvents: DemoEvent[] = [
  {
    staff: 'panyu',
    type: 'community',
    title: '金融知识进社区·守护养老钱',
    placeName: '市桥街道东环社区活动中心',
    daysAgo: 3,
    headcount: 120,
    staffPresent: 5,
    coverage: [1500, 2000],
    targetGroups: ['elderly', 'new_citizens'],
    scanned: 34,
    checkedIn: 30,
  },
  {
    staff: 'panyu',
    type: 'village',
    title: '金融知识下乡·防范非法集资',
    placeName: '石碁镇大龙村文化广场',
    daysAgo: 2,
    headcount: 200,
    staffPresent: 6,
    coverage: [800, 1200],
    targetGroups: ['villagers', 'elderly'],
    scanned: 8,
    checkedIn: 4,
  },
  {
    staff: 'panyu',
    type: 'school',
    title: '大学生防范“校园贷”讲座',
    placeName: '广州大学城华南理工大学',
    daysAgo: 1,
    headcount: 150,
    staffPresent: 3,
    coverage: [300, 500],
    targetGroups: ['students', 'youth'],
    scanned: 60,
    checkedIn: 55,
  },
  {
    staff: 'shiqiao',
    type: 'counter',
    title: '柜面“3·15”宣传咨询台',
    placeName: '番禺市桥营业部',
    daysAgo: 3,
    headcount: 45,
    staffPresent: 2,
    coverage: [200, 300],
    targetGroups: ['elderly'],
    scanned: 18,
    checkedIn: 12,
  },
  {
    staff: 'shiqiao',
    type: 'counter',
    title: '柜面适老化服务宣传',
    placeName: '番禺市桥营业部',
    daysAgo: 0,
    headcount: 30,
    staffPresent: 2,
    coverage: [100, 200],
    targetGroups: ['elderly', 'disabled'],
    scanned: 10,
    checkedIn: 6,
  },
  {
    staff: 'huadu',
    type: 'enterprise',
    title: '金融知识进企业·新市民专场',
    placeName: '花都区汽车城产业园',
    daysAgo: 2,
    headcount: 80,
    staffPresent: 4,
    coverage: [500, 800],
    targetGroups: ['new_citizens', 'youth'],
    scanned: 25,
    checkedIn: 20,
  },
  {
    staff: 'huadu',
    type: 'park',
    title: '公园反诈宣传',
    placeName: '花都湖公园',
    daysAgo: 1,
    headcount: 300,
    staffPresent: 6,
    coverage: [2000, 3000],
    targetGroups: ['elderly'],
    scanned: 40,
    checkedIn: 0,
  },
  {
    staff: 'huadu',
    type: 'morning_meeting',
    title: '晨会学习：金融消费者八大权益',
    placeName: '花都支公司职场',
    daysAgo: 3,
    headcount: 0,
    staffPresent: 35,
    coverage: [0, 0],
    targetGroups: [],
    scanned: 0,
    checkedIn: 0,
  },
  {
    staff: 'nanshan',
    type: 'business_district',
    title: '金融知识进商圈',
    placeName: '南山区海岸城广场',
    daysAgo: 2,
    headcount: 260,
    staffPresent: 8,
    coverage: [3000, 4000],
    targetGroups: ['youth', 'new_citizens'],
    scanned: 70,
    checkedIn: 50,
  },
  {
    staff: 'nanshan',
    type: 'elderly_home',
    title: '走进养老院·识破养老骗局',
    placeName: '南山区社会福利中心',
    daysAgo: 1,
    headcount: 60,
    staffPresent: 4,
    coverage: [100, 150],
    targetGroups: ['elderly', 'disabled'],
    scanned: 15,
    checkedIn: 12,
  },
  {
    staff: 'nanshan',
    type: 'street',
    title: '临街宣传：警惕“代理退保”',
    placeName: '南山支公司门前',
    daysAgo: 0,
    headcount: 90,
    staffPresent: 3,
    coverage: [600, 900],
    targetGroups: ['youth'],
    scanned: 20,
    checkedIn: 0,
  },
  {
    staff: 'xihu',
    type: 'community',
    title: '社区金融课堂',
    placeName: '西湖区翠苑街道社区中心',
    daysAgo: 3,
    headcount: 70,
    staffPresent: 3,
    coverage: [400, 600],
    targetGroups: ['elderly'],
    scanned: 22,
    checkedIn: 20,
  },
  {
    staff: 'xihu',
    type: 'workplace_training',
    workplaceIds: ['zj-hz-xihu-wp1', 'zj-hz-xihu-wp2', 'zj-hz-xihu-wp3'],
    title: '职场培训：销售行为可回溯',
    placeName: '西湖支公司培训室',
    daysAgo: 2,
    headcount: 0,
    staffPresent: 40,
    coverage: [0, 0],
    targetGroups: [],
    scanned: 0,
    checkedIn: 0,
  },
  {
    staff: 'xihu',
    unitId: 'zj-hz-xihu-counter',
    type: 'counter',
    title: '柜面宣传周',
    placeName: '西湖营业部',
    daysAgo: 1,
    headcount: 25,
    staffPresent: 2,
    coverage: [150, 200],
    targetGroups: ['elderly'],
    scanned: 9,
    checkedIn: 8,
  },
  {
    staff: 'xihu',
    type: 'other',
    title: '反诈情景剧表演',
    placeName: '西湖文化广场',
    daysAgo: 1,
    headcount: 180,
    staffPresent: 10,
    coverage: [1000, 1500],
    targetGroups: ['elderly', 'youth'],
    scanned: 35,
    checkedIn: 28,
  },
  {
    staff: 'xihu',
    type: 'village',
    title: '金融知识进乡村·共同富裕',
    placeName: '西湖区双浦镇',
    daysAgo: 0,
    headcount: 110,
    staffPresent: 5,
    coverage: [500, 700],
    targetGroups: ['villagers'],
    scanned: 12,
    checkedIn: 10,
  },
];

/** The 3·15 week's online events: a live stream and an H5 quiz (their viewers as the platforms reported). */
const rightsWeekOnlineEvents: DemoEvent[] = [
  {
    staff: 'panyu',
    type: 'live_stream',
    online: { platform: 'wechat_channels', link: 'https://channels.weixin.qq.com/', viewersReported: 5_200 },
    title: '3·15 消保直播间：守住钱袋子',
    placeName: '',
    daysAgo: 1,
    headcount: 0,
    staffPresent: 3,
    coverage: [0, 0],
    targetGroups: ['youth', 'new_citizens'],
    scanned: 0,
    checkedIn: 0,
  },
  {
    staff: 'nanshan',
    type: 'online_quiz',
    online: { platform: 'official_account', viewersReported: 1_350 },
    title: '公众号金融知识有奖答题',
    placeName: '',
    daysAgo: 2,
    headcount: 0,
    staffPresent: 1,
    coverage: [0, 0],
    targetGroups: [],
    scanned: 0,
    checkedIn: 0,
  },
];

/** QR codes and links outside events: counters, posters, and the company's online channels. */
const rightsWeekChannels: Array<{ source: string; people: number }> = [
  { source: 'counter.gd-gz-panyu', people: 30 },
  { source: 'poster.gd-gz-huadu', people: 20 },
  { source: 'poster.zj-hz-xihu', people: 15 },
  { source: 'moments', people: 40 },
  { source: 'official', people: 25 },
  { source: 'douyin', people: 15 },
  { source: 'channels', people: 10 },
];

export interface DemoActivityPlan {
  campaign: Campaign;
  /** The seeding day minus this many days is the plan's "today" (last year's campaign: 365). */
  shiftDays: number;
  events: DemoEvent[];
  channels: Array<{ source: string; people: number }>;
  /** Fraction of each crowd that really came (last year's figures were smaller). */
  scale: number;
}

/** This year's and last year's 3·15 week, and a few events of the literacy month. */
export function demoActivityPlans(campaigns: {
  rightsWeek: Campaign;
  lastRightsWeek: Campaign;
  literacyMonth: Campaign;
}): DemoActivityPlan[] {
  return [
    {
      campaign: campaigns.rightsWeek,
      shiftDays: 0,
      events: [...rightsWeekEvents, ...rightsWeekOnlineEvents],
      channels: rightsWeekChannels,
      scale: 1,
    },
    {
      campaign: campaigns.lastRightsWeek,
      shiftDays: 365,
      events: rightsWeekEvents.slice(0, 11),
      channels: rightsWeekChannels.slice(0, 4),
      scale: 0.6,
    },
    {
      campaign: campaigns.literacyMonth,
      shiftDays: 0,
      events: rightsWeekEvents.filter((_, i) => i % 4 === 1).map((event) => ({ ...event, title: event.title.replace('·', '·普及月·') })),
      channels: [{ source: 'official', people: 12 }],
      scale: 0.5,
    },
  ];
}

export interface DemoContext {
  now: Date;
  visitorHashSecret: string;
  authTokenSecret: string;
}

/** Logs the plan's events and sends its consumers' beacons; returns how many of each were counted. */
export async function seedDemoActivity(plan: DemoActivityPlan, context: DemoContext): Promise<{ events: number; beacons: number }> {
  const random = prng(hashOf(plan.campaign.code));
  const today = addDays(shanghaiDate(context.now), -plan.shiftDays);
  const batches: BeaconBatch[] = [];
  let events = 0;

  for (const spec of plan.events) {
    const day = addDays(today, -spec.daysAgo);
    const request = eventRequest(plan.campaign.code, spec, day, random);
    const staff = demoStaff[spec.staff];
    const principal: Principal = { ...staff, role: 'staff' };
    try {
      await createEvent(principal, request, context.now);
      events += 1;
    } catch (error) {
      // Seeded on another day before: that event stands as it was.
      if (!(error instanceof IdempotencyConflictError)) throw error;
    }
    const start = Date.parse(request.startAt);
    const scanned = Math.round(spec.scanned * plan.scale);
    const checkedIn = Math.round(spec.checkedIn * plan.scale);
    for (let person = 0; person < scanned; person++) {
      const at = (minutes: number) => start + (20 + person + minutes) * 60_000;
      const beacons = [
        beacon(random, 'view', { type: 'landing' }, at(0)),
        ...(person < checkedIn ? [beacon(random, 'checkin', { type: 'landing' }, at(1))] : []),
        ...reading(random, plan.campaign, at(2)),
      ];
      batches.push({ campaignCode: plan.campaign.code, source: 'event', eventId: request.clientId, visitorId: visitorId(random), beacons });
    }
  }

  for (const channel of plan.channels) {
    const people = Math.round(channel.people * plan.scale);
    for (let person = 0; person < people; person++) {
      const day = addDays(today, -random.below(4));
      const at = Date.parse(`${day}T08:00:00+08:00`) + random.below(12 * 60) * 60_000;
      const beacons = [beacon(random, 'view', { type: 'landing' }, at), ...reading(random, plan.campaign, at + 60_000)];
      batches.push({ campaignCode: plan.campaign.code, source: channel.source, visitorId: visitorId(random), beacons });
      // Some share what they read; a friend or two open the card.
      if (beacons.some((b) => b.kind === 'share_tap')) {
        const sharer = random.uuid().replace(/-/g, '').slice(0, 16);
        for (let friend = 0; friend <= random.below(2); friend++) {
          const opened = at + (30 + friend * 10) * 60_000;
          batches.push({
            campaignCode: plan.campaign.code,
            source: channel.source,
            visitorId: visitorId(random),
            beacons: [
              {
                id: random.uuid(),
                kind: 'share_open',
                target: { type: 'landing' },
                scene: random.pick([1007, 1008] as const),
                sharer,
                at: iso(opened),
              },
              beacon(random, 'view', { type: 'landing' }, opened),
            ],
          });
        }
      }
    }
  }

  // Nothing from the future: today's later hours have not happened yet.
  const latest = context.now.getTime() - 60_000;
  const sendable = batches
    .map((batch) => ({ ...batch, beacons: batch.beacons.filter((b) => Date.parse(b.at) <= latest) }))
    .filter((batch) => batch.beacons.length > 0);
  let beacons = 0;
  let next = 0;
  // A few phones at once, as at a real event; each batch is one phone's.
  const phone = async () => {
    while (next < sendable.length) {
      const batch = sendable[next++]!;
      const result = await recordBeacons(batch, {
        now: context.now,
        visitorHashSecret: context.visitorHashSecret,
        tokenSecret: context.authTokenSecret,
        beaconTtlDays: 400,
        sourceIp: `10.0.${next % 256}.${(next >> 8) % 256}`,
        limits: { perPerson: 600, perAddress: 60_000 },
      });
      beacons += result.accepted;
    }
  };
  await Promise.all(Array.from({ length: 6 }, phone));
  return { events, beacons };
}

/** The demo materials that carry one of the project's videos. */
const videoMaterialIds = new Set(
  [...rightsMaterials, ...caseMaterials].filter((material) => material.videoUrl).map((material) => material.id),
);

/** A reader's visit after the landing page: one to three materials (their videos played), and now and then a share, the quiz or a rating. */
function reading(random: Prng, campaign: Campaign, at: number): Beacon[] {
  const beacons: Beacon[] = [];
  const materials = 1 + random.below(3);
  for (let i = 0; i < materials && campaign.materialIds.length > 0; i++) {
    const materialId = random.pick(campaign.materialIds);
    const target = { type: 'material' as const, materialId };
    beacons.push(beacon(random, 'view', target, at + i * 90_000));
    // Most readers of a video material start it, and most of those watch it to the end.
    if (videoMaterialIds.has(materialId) && random.next() < 0.7) {
      beacons.push(beacon(random, 'video_play', target, at + i * 90_000 + 5_000));
      if (random.next() < 0.65) beacons.push(beacon(random, 'video_complete', target, at + i * 90_000 + 15_000));
    }
  }
  if (random.next() < 0.2) beacons.push(beacon(random, 'share_tap', { type: 'landing' }, at + 5 * 60_000));
  if (random.next() < 0.15) beacons.push(beacon(random, 'quiz_complete', { type: 'quiz' }, at + 8 * 60_000));
  if (random.next() < 0.1) {
    beacons.push({
      id: random.uuid(),
      kind: 'feedback',
      target: { type: 'landing' },
      rating: 3 + random.below(3),
      at: iso(at + 10 * 60_000),
    });
  }
  return beacons;
}

function eventRequest(campaignCode: string, spec: DemoEvent, day: string, random: Prng): CreateEventRequest {
  const hour = 9 + random.below(6);
  const common = {
    clientId: random.uuid(),
    campaignCode,
    unitId: spec.unitId ?? demoStaff[spec.staff].unitId,
    title: spec.title,
    startAt: `${day}T${String(hour).padStart(2, '0')}:30:00+08:00`,
    targetGroups: spec.targetGroups,
    staffPresent: spec.staffPresent,
  };
  if (isOnlineEventType(spec.type)) {
    const online = spec.online!;
    return {
      ...common,
      type: spec.type,
      platform: online.platform,
      ...(online.link ? { link: online.link } : {}),
      viewersReported: online.viewersReported,
    };
  }
  return {
    ...common,
    type: spec.type,
    placeName: spec.placeName,
    headcount: spec.headcount,
    coverage: { min: spec.coverage[0], max: spec.coverage[1] },
    printed:
      spec.headcount > 0
        ? { leaflets: spec.headcount * 2, colourPages: spec.headcount, posters: 2 + random.below(4), other: 0 }
        : { leaflets: 0, colourPages: 0, posters: 0, other: 0 },
    displayAreas: spec.headcount > 100 ? 2 : spec.headcount > 0 ? 1 : 0,
    ...(spec.workplaceIds ? { workplaceIds: spec.workplaceIds } : {}),
  };
}

function beacon(
  random: Prng,
  kind: 'view' | 'video_play' | 'video_complete' | 'checkin' | 'share_tap' | 'quiz_complete',
  target: Beacon['target'],
  at: number,
): Beacon {
  return { id: random.uuid(), kind, target, at: iso(at) } as Beacon;
}

function visitorId(random: Prng): string {
  return `demo${random.uuid().replace(/-/g, '')}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}
