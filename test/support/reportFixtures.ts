import {
  comparedFigureLabels,
  comparedFigures,
  emptyMetrics,
  eventTypes,
  type CampaignReport,
  type ComparedFigure,
  type EventReportRow,
  type Metrics,
  type ReportCampaignList,
  type UnitReportRow,
} from '@rights-outreach/shared';

/**
 * Campaign reports as `GET /reports/campaigns/{code}` answers them (shared/src/schemas/report.ts),
 * for the dashboard's unit and weapp tests: a province with every breakdown (detailed) and a
 * county below it (drilled down, no online breakdowns kept).
 */
export const reportCampaignCode = 'rights-week-2026';

const metrics = (values: Partial<Metrics>): Metrics => ({ ...emptyMetrics(), ...values });

const campaign: CampaignReport['campaign'] = {
  code: reportCampaignCode,
  type: 'rights_week_315',
  name: '2026年“3·15”消费者权益保护教育宣传周',
  slogan: '共筑诚信金融，守护美好生活',
  startDate: '2026-03-09',
  endDate: '2026-03-15',
  materialCount: 15,
};

const province = { unitId: 'gd', name: '广东省分公司', level: 'province' as const };
const city = { unitId: 'gd-gz', name: '广州市分公司', level: 'city' as const };
const county = { unitId: 'gd-gz-panyu', name: '番禺支公司', level: 'county' as const };

const unitRow = (
  unit: typeof province | typeof city | typeof county | UnitReportRow,
  hasChildren: boolean,
  events: number,
  attendance: number,
  views: number,
  visitors: number,
): UnitReportRow => ({
  unitId: unit.unitId,
  name: unit.name,
  level: unit.level,
  hasChildren,
  offline: { events, staffParticipants: events * 6, attendanceReported: attendance, coverage: { min: attendance, max: attendance * 2 } },
  metrics: metrics({ views, visitors, checkins: Math.round(attendance / 8), shareOpens: Math.round(views / 20) }),
});

const shenzhen = { unitId: 'gd-sz', name: '深圳市分公司', level: 'city' as const };

const flaggedEvent: EventReportRow = {
  eventId: '6f1c2b1e-8a51-4a5e-9b0e-2f1f3b0c9d11',
  title: '市桥社区防范电信诈骗宣讲',
  type: 'community',
  unitId: 'gd-gz-panyu',
  unitName: '番禺支公司',
  placeName: '市桥街道党群服务中心',
  startAt: '2026-03-12T09:30:00+08:00',
  staffPresent: 6,
  attendanceReported: 800,
  coverage: { min: 1500, max: 2000 },
  metrics: metrics({ views: 120, visitors: 64, checkins: 40 }),
  flags: ['attendance_unverified'],
};

const silentEvent: EventReportRow = {
  eventId: '0b9e7d3c-1f2a-4c5b-8d6e-7f8091a2b3c4',
  title: '花都柜面“消保星期二”',
  type: 'counter',
  unitId: 'gd-sz',
  unitName: '深圳市分公司',
  placeName: '深圳福田营业部柜面',
  startAt: '2026-03-10T10:00:00+08:00',
  staffPresent: 2,
  attendanceReported: 35,
  coverage: { min: 50, max: 80 },
  metrics: metrics({}),
  flags: ['no_qr_activity'],
};

const quietEvent: EventReportRow = {
  eventId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  title: '番禺中学金融知识进校园',
  type: 'school',
  unitId: 'gd-gz-panyu',
  unitName: '番禺支公司',
  placeName: '番禺中学礼堂',
  startAt: '2026-03-11T14:00:00+08:00',
  staffPresent: 4,
  attendanceReported: 300,
  coverage: { min: 300, max: 500 },
  metrics: metrics({ views: 820, visitors: 310, checkins: 260 }),
  flags: [],
};

const eventsByType = Object.fromEntries(eventTypes.map((type) => [type, 0])) as CampaignReport['offline']['eventsByType'];
Object.assign(eventsByType, {
  community: 1,
  live_stream: 1,
  online_quiz: 1,
  village: 1,
  school: 2,
  enterprise: 1,
  business_district: 1,
  park: 1,
  counter: 2,
  morning_meeting: 1,
});

const online = metrics({
  views: 128_400,
  visitors: 45_210,
  videoPlays: 8_760,
  shareTaps: 3_120,
  shareOpens: 5_480,
  shareReach: 2_900,
  checkins: 2_310,
  signups: 540,
  quizCompletions: 1_980,
  feedbacks: 320,
  ratingSum: 1_475,
});

const current: Record<ComparedFigure, number> = {
  events: 12,
  staffParticipants: 86,
  attendanceReported: 15_080,
  checkins: online.checkins,
  views: online.views,
  visitors: online.visitors,
  videoPlays: online.videoPlays,
  shareTaps: online.shareTaps,
  shareOpens: online.shareOpens,
  signups: online.signups,
  quizCompletions: online.quizCompletions,
};
const previous: Record<ComparedFigure, number> = {
  events: 10,
  staffParticipants: 90,
  attendanceReported: 12_000,
  checkins: 0,
  views: 100_000,
  visitors: 40_000,
  videoPlays: 9_000,
  shareTaps: 3_000,
  shareOpens: 5_000,
  signups: 600,
  quizCompletions: 1_500,
};
const changePercent = (now: number, before: number) => (before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10);

const days = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'];
const dailyViews = [9_800, 14_200, 18_600, 24_100, 21_300, 19_900, 20_500];

/** 广东省分公司 (a province): every breakdown kept, two flagged events. */
export const provinceReport: CampaignReport = {
  campaign,
  scope: { ...province, trail: [province], detailed: true },
  generatedAt: '2026-03-16T08:00:00.000Z',
  offline: {
    events: 12,
    eventsByGroup: { five_entries: 6, self_organised: 3, internal: 1, online: 2 },
    eventsByType,
    staffParticipants: 86,
    attendanceReported: 15_080,
    coverage: { min: 600, max: 25_000 },
    printed: { leaflets: 3_200, colourPages: 1_500, posters: 120, other: 30, total: 4_850 },
    displayAreas: 9,
    countersInvolved: 5,
  },
  online,
  onlineActivities: {
    events: 2,
    eventsByType: { live_stream: 1, online_session: 0, online_quiz: 1, tuesday_online: 0 },
    viewersReported: 5_200,
    byPlatform: {
      wechat_channels: { events: 1, viewersReported: 5_200 },
      douyin: { events: 0, viewersReported: 0 },
      official_account: { events: 1, viewersReported: 0 },
      wecom: { events: 0, viewersReported: 0 },
      website: { events: 0, viewersReported: 0 },
      kuaishou: { events: 0, viewersReported: 0 },
      other: { events: 0, viewersReported: 0 },
    },
  },
  workplaces: {
    counters: 6,
    countersWithDisplayAreas: 4,
    counterDisplayAreas: 6,
    salesWorkplaces: 10,
    trainedWorkplaces: 8,
    workplaceTrainings: 3,
  },
  customersServed: { total: 45_210 + 15_080 + 5_200, visitors: 45_210, attendanceReported: 15_080, viewersReported: 5_200 },
  feedbackAverage: 4.61,
  breakdowns: {
    units: [unitRow(city, true, 9, 12_080, 96_300, 33_900), unitRow(shenzhen, false, 3, 3_000, 32_100, 11_310)],
    allUnits: [
      unitRow(province, true, 12, 15_080, online.views, online.visitors),
      unitRow(city, true, 9, 12_080, 96_300, 33_900),
      unitRow(county, true, 6, 9_100, 61_200, 20_050),
      unitRow(shenzhen, false, 3, 3_000, 32_100, 11_310),
    ],
    channels: [
      { key: 'counter', label: '柜面', metrics: metrics({ views: 52_300, visitors: 18_900 }) },
      { key: 'poster', label: '海报', metrics: metrics({ views: 31_800, visitors: 12_100 }) },
      { key: 'moments', label: '朋友圈', metrics: metrics({ views: 44_300, visitors: 14_210 }) },
    ],
    sources: [
      { key: 'counter.gd-gz-panyu', label: '柜面 · 番禺支公司', metrics: metrics({ views: 30_100, visitors: 10_400 }) },
      { key: 'poster', label: '海报', metrics: metrics({ views: 31_800, visitors: 12_100 }) },
    ],
    materials: [
      { key: 'eight-rights', label: '金融消费者的八项基本权利', metrics: metrics({ views: 40_500, visitors: 21_000 }) },
      { key: 'elder-care-scam', label: '以案说险：养老骗局', metrics: metrics({ views: 26_700, visitors: 14_800 }) },
    ],
    targetGroups: [
      { key: 'elderly', label: '老年人', events: 5, attendanceReported: 6_200, metrics: metrics({ views: 38_000, visitors: 12_500 }) },
      { key: 'students', label: '学生', events: 2, attendanceReported: 1_300, metrics: metrics({ views: 9_600, visitors: 4_100 }) },
    ],
    days: days.map((key, index) => ({
      key,
      events: index % 3,
      metrics: metrics({ views: dailyViews[index], visitors: Math.round(dailyViews[index]! / 3) }),
    })),
    events: [flaggedEvent, quietEvent, silentEvent],
  },
  flagged: [flaggedEvent, silentEvent],
  flagCounts: { attendance_unverified: 1, no_qr_activity: 1 },
  truncated: false,
  attendanceFlagFactor: 3,
  yearOnYear: {
    previous: { code: 'rights-week-2025', name: '2025年“3·15”消费者权益保护教育宣传周', startDate: '2025-03-10', endDate: '2025-03-16' },
    rows: comparedFigures.map((figure) => ({
      figure,
      label: comparedFigureLabels[figure],
      current: current[figure],
      previous: previous[figure],
      changePercent: changePercent(current[figure], previous[figure]),
    })),
  },
  materialOutput: {
    original: { article: 2, video: 6, long_image: 0, meipian: 1, leaflet: 0 },
    reposted: { article: 1, video: 0, long_image: 0, meipian: 0, leaflet: 0 },
    repostedFrom: [{ from: '国家金融监督管理总局', count: 1 }],
  },
  mediaPosts: {
    total: 2,
    byOutlet: { website: 1, official: 0, meipian: 1, news: 0, client_platform: 0, channels: 0, douyin: 0, other: 0 },
    posts: [
      {
        id: '00000000-0000-4000-8000-0000000000a1',
        outlet: 'meipian',
        title: '守住钱袋子 护好养老钱',
        url: 'https://www.meipian.cn/demo',
        publishedOn: '2026-03-15',
        unitId: 'gd',
        unitName: '广东省分公司',
        createdBy: 'M0001',
      },
      {
        id: '00000000-0000-4000-8000-0000000000a2',
        outlet: 'website',
        title: '3·15消费者权益保护教育宣传周启动',
        url: 'https://www.example.cn/news/315',
        publishedOn: '2026-03-14',
        unitId: 'gd',
        unitName: '广东省分公司',
        createdBy: 'M0001',
      },
    ],
  },
  platformFigures: {
    byPlatform: [{ platform: 'channels', entries: 1, values: { views: 0, plays: 12_000, shares: 600, likes: 800, comments: 45 } }],
    reported: { views: 0, plays: 12_000, shares: 600, likes: 800, comments: 45 },
    tracked: { views: online.views, plays: online.videoPlays, shares: online.shareTaps },
    combined: { views: online.views, plays: 12_000 + online.videoPlays, shares: 600 + online.shareTaps },
    entries: [
      {
        id: '00000000-0000-4000-8000-0000000000b1',
        platform: 'channels',
        subject: '广东分公司视频号',
        asOf: '2026-03-15',
        unitId: 'gd',
        unitName: '广东省分公司',
        enteredBy: 'M0001',
        values: { views: 0, plays: 12_000, shares: 600, likes: 800, comments: 45 },
      },
    ],
    flags: [{ platform: 'channels', figure: 'plays', reported: 12_000, tracked: 0 }],
    flagFactor: 10,
    flagMinimum: 1_000,
  },
  paragraph:
    '2026年“3·15”消费者权益保护教育宣传周期间，广东省分公司共开展宣传活动12场，其中“五进入”活动8场；参与员工86人次，现场参与群众1.51万人，覆盖人群0.06万至2.5万人次；线上宣传资料浏览量12.84万人次，触达4.52万人。',
};

/** 番禺支公司 (a county, drilled down from the province), with its own online breakdowns. */
export const countyReport: CampaignReport = {
  ...provinceReport,
  scope: { ...county, trail: [province, city, county], detailed: true },
  offline: { ...provinceReport.offline, events: 6, attendanceReported: 9_100 },
  online: metrics({ views: 61_200, visitors: 20_050, checkins: 1_100 }),
  breakdowns: {
    ...provinceReport.breakdowns,
    units: [
      { ...unitRow({ unitId: 'gd-gz-panyu-shiqiao', name: '市桥柜面', level: 'counter' } as UnitReportRow, false, 2, 900, 8_000, 3_000) },
    ],
    allUnits: [unitRow(county, true, 6, 9_100, 61_200, 20_050)],
    channels: [
      { key: 'counter', label: '柜面', metrics: metrics({ views: 30_100, visitors: 10_400 }) },
      { key: 'event', label: '活动现场', metrics: metrics({ views: 31_100, visitors: 9_650 }) },
    ],
    sources: [{ key: 'counter.gd-gz-panyu', label: '柜面 · 番禺支公司', metrics: metrics({ views: 30_100, visitors: 10_400 }) }],
    materials: provinceReport.breakdowns.materials,
    events: [flaggedEvent, quietEvent],
  },
  flagged: [flaggedEvent],
  flagCounts: { attendance_unverified: 1, no_qr_activity: 0 },
  paragraph: '2026年“3·15”消费者权益保护教育宣传周期间，番禺支公司共开展宣传活动6场。',
};

/** A report without online breakdowns (`detailed: false`): what the dashboard draws from events alone. */
export const offlineOnlyReport: CampaignReport = {
  ...countyReport,
  scope: { ...countyReport.scope, detailed: false },
  breakdowns: {
    ...countyReport.breakdowns,
    channels: null,
    sources: null,
    materials: null,
    targetGroups: provinceReport.breakdowns.targetGroups.map((row) => ({ ...row, metrics: null })),
    days: provinceReport.breakdowns.days.map((row) => ({ ...row, metrics: null })),
  },
};

/** `GET /reports/campaigns` for a marketing account at the province. */
export const campaignList: ReportCampaignList = {
  scope: province,
  campaigns: [
    {
      campaign: {
        code: campaign.code,
        type: campaign.type,
        name: campaign.name,
        slogan: campaign.slogan,
        startDate: campaign.startDate,
        endDate: campaign.endDate,
      },
      events: 12,
      attendanceReported: 15_080,
      checkins: online.checkins,
      views: online.views,
      visitors: online.visitors,
      shareTaps: online.shareTaps,
    },
    {
      campaign: {
        code: 'literacy-month-2026',
        type: 'finance_literacy_month',
        name: '2026年金融知识普及月',
        slogan: '普及金融知识，守住“钱袋子”',
        startDate: '2026-09-15',
        endDate: '2026-10-15',
      },
      events: 0,
      attendanceReported: 0,
      checkins: 0,
      views: 0,
      visitors: 0,
      shareTaps: 0,
    },
  ],
};
