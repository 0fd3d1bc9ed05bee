import {
  type Metrics,
  type OfflineFigures,
  type OnlineActivityFigures,
  type WorkplaceFigures,
  emptyMetrics,
} from '@rights-outreach/shared';
import { customersServed } from '../../../functions/src/domain/report/customersServed';
import { emptyOfflineFigures } from '../../../functions/src/domain/report/offlineFigures';
import { emptyOnlineActivityFigures } from '../../../functions/src/domain/report/onlineActivities';
import { type ParagraphInput, resultsParagraph } from '../../../functions/src/domain/report/resultsParagraph';
import { yearOnYearRows } from '../../../functions/src/domain/report/yearOnYear';

/** A report's figures as the paragraph reads them; only what a case sets differs from nothing at all. */
function aReport(options: {
  unit?: { name: string; level: ParagraphInput['scope']['level'] };
  campaign?: Partial<ParagraphInput['campaign']>;
  offline?: Partial<OfflineFigures>;
  online?: Partial<Metrics>;
  onlineActivities?: Partial<OnlineActivityFigures>;
  workplaces?: Partial<WorkplaceFigures>;
  previous?: { name: string; events: number; visitors: number };
}): ParagraphInput {
  const unit = options.unit ?? { name: '广东省分公司', level: 'province' as const };
  const offline = { ...emptyOfflineFigures(), ...options.offline };
  const online = { ...emptyMetrics(), ...options.online };
  const onlineActivities = { ...emptyOnlineActivityFigures(), ...options.onlineActivities };
  const workplaces = { ...noWorkplaces, ...options.workplaces };
  const current = { events: offline.events, visitors: online.visitors };
  const previous = options.previous;
  return {
    campaign: {
      code: 'c-2026-315',
      type: 'rights_week_315',
      name: '2026年“3·15”消费者权益保护教育宣传周',
      slogan: '守住钱袋子 护好养老钱',
      startDate: '2026-03-15',
      endDate: '2026-03-21',
      materialCount: 15,
      ...options.campaign,
    },
    scope: { unitId: 'u', ...unit, trail: [], detailed: true },
    offline,
    online,
    onlineActivities,
    workplaces,
    customersServed: customersServed(online, offline, onlineActivities),
    yearOnYear: {
      previous: previous ? { code: 'c-prev', name: previous.name, startDate: '2025-03-15', endDate: '2025-03-21' } : null,
      rows: yearOnYearRows(
        { ...zeroFigures, ...current },
        previous ? { ...zeroFigures, events: previous.events, visitors: previous.visitors } : null,
      ),
    },
  };
}

const noWorkplaces: WorkplaceFigures = {
  counters: 0,
  countersWithDisplayAreas: 0,
  counterDisplayAreas: 0,
  salesWorkplaces: 0,
  trainedWorkplaces: 0,
  workplaceTrainings: 0,
};

const zeroFigures = {
  events: 0,
  staffParticipants: 0,
  attendanceReported: 0,
  checkins: 0,
  views: 0,
  visitors: 0,
  videoPlays: 0,
  shareTaps: 0,
  shareOpens: 0,
  signups: 0,
  quizCompletions: 0,
};

describe('the results paragraph (主要成效)', () => {
  it('writes a province’s 3·15 week: events by type, venues, people, coverage, online figures in 万, and the change on last year', () => {
    const report = aReport({
      offline: {
        events: 128,
        eventsByGroup: { five_entries: 76, self_organised: 40, internal: 12, online: 0 },
        eventsByType: {
          ...emptyOfflineFigures().eventsByType,
          community: 32,
          village: 20,
          school: 10,
          enterprise: 8,
          business_district: 6,
          park: 5,
          street: 12,
          counter: 15,
          elderly_home: 3,
          other: 5,
          morning_meeting: 8,
          workplace_training: 4,
        },
        staffParticipants: 520,
        attendanceReported: 12_000,
        coverage: { min: 25_000, max: 31_000 },
        printed: { leaflets: 20_000, colourPages: 8_000, posters: 1_000, other: 3_000, total: 32_000 },
        displayAreas: 24,
        countersInvolved: 15,
      },
      online: {
        views: 56_000,
        visitors: 18_000,
        videoPlays: 2_000,
        shareTaps: 1_500,
        shareOpens: 4_000,
        checkins: 3_500,
        quizCompletions: 900,
      },
      previous: { name: '2025年“3·15”消费者权益保护教育宣传周', events: 112, visitors: 13_825 },
    });

    expect(resultsParagraph(report)).toBe(
      '广东省分公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量3万人；累计开展宣传活动128场，' +
        '其中“五进入”活动76场（进入社区32场、进入农村20场、进入学校10场、进入企业8场、进入商圈6场），' +
        '自主特色宣传40场（公园宣传5场、临街宣传12场、柜面宣传15场、走进养老院3场、其他特色活动5场），' +
        '内部培训12场（晨会学习8场、职场培训4场）；' +
        '共有15个柜面（网点）参与，设置宣传展区24个，发放纸质宣传资料3.2万份；' +
        '参与员工520人次，现场参与群众1.2万人，扫码签到0.35万人，覆盖人群2.5万至3.1万人次。' +
        '线上推出宣传资料15篇，浏览量5.6万人次，触达1.8万人，视频观看0.2万次，分享0.15万次，通过分享打开0.4万次，' +
        '完成权益知识答题900人次。' +
        '与上年同期（2025年“3·15”消费者权益保护教育宣传周）相比，活动场次增长14.3%，触达人数增长30.2%。',
    );
  });

  it('speaks of the whole company at head office, leaves out types and venues with nothing, and writes small figures whole', () => {
    const report = aReport({
      unit: { name: '总公司', level: 'head_office' },
      campaign: { name: '消保星期二·第12期', startDate: '2026-03-24', endDate: '2026-03-24', materialCount: 3 },
      offline: {
        events: 3,
        eventsByGroup: { five_entries: 2, self_organised: 0, internal: 1, online: 0 },
        eventsByType: { ...emptyOfflineFigures().eventsByType, community: 2, morning_meeting: 1 },
        staffParticipants: 9,
        attendanceReported: 85,
        coverage: { min: 100, max: 150 },
      },
      online: { views: 240, visitors: 96, shareTaps: 12, shareOpens: 5, checkins: 31, signups: 6 },
    });

    expect(resultsParagraph(report)).toBe(
      '全公司在消保星期二·第12期（2026年3月24日）期间，通过线上线下方式服务客户量181人；累计开展宣传活动3场，' +
        '其中“五进入”活动2场（进入社区2场），内部培训1场（晨会学习1场）；' +
        '参与员工9人次，现场参与群众85人，扫码签到31人，覆盖人群100至150人次。' +
        '线上推出宣传资料3篇，浏览量240人次，触达96人，分享12次，通过分享打开5次，活动报名6人。',
    );
  });

  it('writes a scope with every figure: each one quoted once, in the export’s numbers, and both compared figures', () => {
    const report = aReport({
      unit: { name: '广州市分公司', level: 'city' },
      offline: {
        events: 7,
        eventsByGroup: { five_entries: 3, self_organised: 3, internal: 1, online: 0 },
        eventsByType: {
          ...emptyOfflineFigures().eventsByType,
          community: 1,
          village: 1,
          school: 1,
          park: 1,
          counter: 1,
          elderly_home: 1,
          workplace_training: 1,
        },
        staffParticipants: 42,
        attendanceReported: 3_650,
        coverage: { min: 6_000, max: 9_000 },
        printed: { leaflets: 2_000, colourPages: 600, posters: 80, other: 20, total: 2_700 },
        displayAreas: 5,
        countersInvolved: 3,
      },
      online: {
        views: 23_456,
        visitors: 8_012,
        videoPlays: 3_105,
        videoCompletions: 2_304,
        shareTaps: 640,
        shareOpens: 1_288,
        shareReach: 702,
        checkins: 410,
        signups: 95,
        quizCompletions: 377,
        feedbacks: 60,
        ratingSum: 270,
      },
      previous: { name: '2025年“3·15”消费者权益保护教育宣传周', events: 5, visitors: 10_015 },
    });

    expect(resultsParagraph(report)).toBe(
      '广州市分公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量1.17万人；累计开展宣传活动7场，' +
        '其中“五进入”活动3场（进入社区1场、进入农村1场、进入学校1场），' +
        '自主特色宣传3场（公园宣传1场、柜面宣传1场、走进养老院1场），内部培训1场（职场培训1场）；' +
        '共有3个柜面（网点）参与，设置宣传展区5个，发放纸质宣传资料2700份；' +
        '参与员工42人次，现场参与群众3650人，扫码签到410人，覆盖人群6000至9000人次。' +
        '线上推出宣传资料15篇，浏览量2.35万人次，触达0.8万人，视频观看0.31万次，完整观看0.23万次（完播率74.2%），分享0.06万次，通过分享打开0.13万次，' +
        '完成权益知识答题377人次，活动报名95人。' +
        '与上年同期（2025年“3·15”消费者权益保护教育宣传周）相比，活动场次增长40%，触达人数下降20%。',
    );
  });

  it('writes a scope with only offline data: no online sentence, no zeros, and no change in reach against a year that had it', () => {
    const report = aReport({
      unit: { name: '花都支公司', level: 'county' },
      offline: {
        events: 2,
        eventsByGroup: { five_entries: 1, self_organised: 1, internal: 0, online: 0 },
        eventsByType: { ...emptyOfflineFigures().eventsByType, village: 1, street: 1 },
        staffParticipants: 6,
        attendanceReported: 140,
        coverage: { min: 300, max: 500 },
        printed: { leaflets: 200, colourPages: 0, posters: 0, other: 0, total: 200 },
      },
      previous: { name: '2025年“3·15”消费者权益保护教育宣传周', events: 4, visitors: 1_200 },
    });

    expect(resultsParagraph(report)).toBe(
      '花都支公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量140人；累计开展宣传活动2场，' +
        '其中“五进入”活动1场（进入农村1场），自主特色宣传1场（临街宣传1场）；' +
        '发放纸质宣传资料200份；' +
        '参与员工6人次，现场参与群众140人，覆盖人群300至500人次。' +
        '与上年同期（2025年“3·15”消费者权益保护教育宣传周）相比，活动场次下降50%。',
    );
  });

  it('writes a scope with only online data: no offline clauses, no zeros, and no change in events against a year that had them', () => {
    const report = aReport({
      unit: { name: '深圳市分公司', level: 'city' },
      campaign: { name: '2026年金融知识普及月', startDate: '2026-09-15', endDate: '2026-10-14', materialCount: 12 },
      online: { views: 5_230, visitors: 1_904, shareTaps: 88, shareOpens: 260, shareReach: 150 },
      previous: { name: '2025年金融知识普及月', events: 10, visitors: 1_600 },
    });

    expect(resultsParagraph(report)).toBe(
      '深圳市分公司在2026年金融知识普及月（2026年9月15日至10月14日）期间，通过线上线下方式服务客户量1904人；' +
        '线上推出宣传资料12篇，浏览量5230人次，触达1904人，分享88次，通过分享打开260次。' +
        '与上年同期（2025年金融知识普及月）相比，触达人数增长19%。',
    );
  });

  it('writes a city with everything: customers served first, online and offline events, counters, workplaces, online figures', () => {
    const report = aReport({
      unit: { name: '广州市分公司', level: 'city' },
      offline: {
        events: 16,
        eventsByGroup: { five_entries: 5, self_organised: 4, internal: 3, online: 4 },
        eventsByType: {
          ...emptyOfflineFigures().eventsByType,
          community: 3,
          village: 2,
          counter: 4,
          morning_meeting: 1,
          workplace_training: 2,
          live_stream: 2,
          online_session: 1,
          tuesday_online: 1,
        },
        staffParticipants: 60,
        attendanceReported: 1_250,
        coverage: { min: 3_000, max: 4_000 },
        printed: { leaflets: 800, colourPages: 300, posters: 20, other: 0, total: 1_120 },
        displayAreas: 8,
        countersInvolved: 4,
      },
      onlineActivities: {
        events: 4,
        eventsByType: { live_stream: 2, online_session: 1, online_quiz: 0, tuesday_online: 1 },
        viewersReported: 150_000,
      },
      workplaces: {
        counters: 6,
        countersWithDisplayAreas: 4,
        counterDisplayAreas: 6,
        salesWorkplaces: 10,
        trainedWorkplaces: 10,
        workplaceTrainings: 2,
      },
      online: { views: 20_300, visitors: 8_058, shareTaps: 300, checkins: 420 },
      previous: { name: '2025年“3·15”消费者权益保护教育宣传周', events: 10, visitors: 6_000 },
    });

    expect(resultsParagraph(report)).toBe(
      '广州市分公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量15.93万人；' +
        '开展线上、线下教育宣传活动16场（线下12场、线上4场），' +
        '其中“五进入”活动5场（进入社区3场、进入农村2场），自主特色宣传4场（柜面宣传4场），内部培训3场（晨会学习1场、职场培训2场），' +
        '线上活动4场（直播2场、线上主题宣传1场、消保星期二线上活动1场），平台报告观看15万人；' +
        '共有4个柜面（网点）参与，所辖6个营业柜面设置宣传展区6个，共设置宣传展区8个，发放纸质宣传资料1120份；' +
        '所辖10个营销职场全部进行消费者保护知识培训2场；' +
        '参与员工60人次，现场参与群众1250人，扫码签到420人，覆盖人群3000至4000人次。' +
        '线上推出宣传资料15篇，浏览量2.03万人次，触达0.81万人，分享0.03万次。' +
        '与上年同期（2025年“3·15”消费者权益保护教育宣传周）相比，活动场次增长60%，触达人数增长34.3%。',
    );
  });

  it('writes a city with only offline events as before, with its counters’ display areas and the workplaces of those trained', () => {
    const report = aReport({
      unit: { name: '杭州市分公司', level: 'city' },
      offline: {
        events: 3,
        eventsByGroup: { five_entries: 0, self_organised: 1, internal: 2, online: 0 },
        eventsByType: { ...emptyOfflineFigures().eventsByType, counter: 1, workplace_training: 2 },
        staffParticipants: 30,
        attendanceReported: 40,
        displayAreas: 6,
        countersInvolved: 1,
      },
      workplaces: {
        counters: 6,
        countersWithDisplayAreas: 1,
        counterDisplayAreas: 6,
        salesWorkplaces: 10,
        trainedWorkplaces: 8,
        workplaceTrainings: 2,
      },
    });

    expect(resultsParagraph(report)).toBe(
      '杭州市分公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量40人；' +
        '累计开展宣传活动3场，其中自主特色宣传1场（柜面宣传1场），内部培训2场（职场培训2场）；' +
        '共有1个柜面（网点）参与，所辖6个营业柜面设置宣传展区6个；' +
        '所辖10个营销职场中8个进行消费者保护知识培训2场；' +
        '参与员工30人次，现场参与群众40人。',
    );
  });

  it('writes a county with only online events: how many and of which kind, the viewers the platforms reported, no offline figure', () => {
    const report = aReport({
      unit: { name: '南山支公司', level: 'county' },
      offline: {
        events: 3,
        eventsByGroup: { five_entries: 0, self_organised: 0, internal: 0, online: 3 },
        eventsByType: { ...emptyOfflineFigures().eventsByType, live_stream: 2, online_quiz: 1 },
        staffParticipants: 5,
      },
      onlineActivities: {
        events: 3,
        eventsByType: { live_stream: 2, online_session: 0, online_quiz: 1, tuesday_online: 0 },
        viewersReported: 8_600,
      },
      workplaces: { counters: 2, salesWorkplaces: 3 },
    });

    expect(resultsParagraph(report)).toBe(
      '南山支公司在2026年“3·15”消费者权益保护教育宣传周（2026年3月15日至3月21日）期间，通过线上线下方式服务客户量8600人；' +
        '开展线上教育宣传活动3场（直播2场、线上答题/H5活动1场），平台报告观看8600人；参与员工5人次。',
    );
  });

  it('leaves the counters’ part out of a counter’s own report and keeps today’s wording when no display area was at a counter', () => {
    const atCounter = aReport({
      unit: { name: '番禺市桥营业部柜面', level: 'counter' },
      offline: { events: 1, eventsByGroup: { five_entries: 0, self_organised: 1, internal: 0, online: 0 }, displayAreas: 2 },
      workplaces: { counters: 1, countersWithDisplayAreas: 1, counterDisplayAreas: 2 },
    });
    const elsewhere = aReport({
      unit: { name: '番禺支公司', level: 'county' },
      offline: { events: 1, eventsByGroup: { five_entries: 1, self_organised: 0, internal: 0, online: 0 }, displayAreas: 2 },
      workplaces: { counters: 3 },
    });

    expect(resultsParagraph(atCounter)).toContain('；设置宣传展区2个');
    expect(resultsParagraph(atCounter)).not.toContain('营业柜面');
    expect(resultsParagraph(elsewhere)).toContain('；设置宣传展区2个');
    expect(resultsParagraph(elsewhere)).not.toContain('营业柜面');
  });

  it('says there is no data yet, and compares nothing, when the scope has no figure at all', () => {
    const report = aReport({
      unit: { name: '番禺支公司', level: 'county' },
      campaign: { name: '2026年金融知识普及月', startDate: '2026-09-15', endDate: '2026-10-14', materialCount: 0 },
      previous: { name: '2025年金融知识普及月', events: 10, visitors: 0 },
    });

    expect(resultsParagraph(report)).toBe('番禺支公司在2026年金融知识普及月（2026年9月15日至10月14日）期间暂无宣传活动数据。');
  });

  it('writes the year again when a campaign crosses into the next one', () => {
    const report = aReport({ campaign: { name: '岁末专项宣传', startDate: '2026-12-25', endDate: '2027-01-05' } });
    expect(resultsParagraph(report)).toContain('岁末专项宣传（2026年12月25日至2027年1月5日）期间');
  });
});
