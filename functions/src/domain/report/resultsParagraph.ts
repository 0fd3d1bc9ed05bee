import {
  type CampaignReport,
  type EventType,
  type EventTypeGroup,
  eventTypeGroups,
  formatWan,
  formatWanGroup,
  formatWanRange,
} from '@rights-outreach/shared';

/** Everything of a report the paragraph reads (all of it but the paragraph itself). */
export type ParagraphInput = Pick<CampaignReport, 'campaign' | 'scope' | 'offline' | 'online' | 'yearOnYear'>;

/** Event types as the results sections of year-end reports name them. */
const typeNames: Record<EventType, string> = {
  community: '进入社区',
  village: '进入农村',
  school: '进入学校',
  enterprise: '进入企业',
  business_district: '进入商圈',
  park: '公园宣传',
  street: '临街宣传',
  counter: '柜面宣传',
  elderly_home: '走进养老院',
  other: '其他特色活动',
  morning_meeting: '晨会学习',
  workplace_training: '职场培训',
};

const groupNames: Record<EventTypeGroup, string> = {
  five_entries: '“五进入”活动',
  self_organised: '自主特色宣传',
  internal: '内部培训',
};

/**
 * The results section (主要成效) of a campaign for a unit, in the words year-end reports use,
 * from exactly the report's figures (the dashboard's and the export's): events in all and by
 * type, counters, display areas and printed materials, staff, on-site attendance and
 * check-ins, coverage in 人次, then the online figures and the change on last year.
 * Groups of figures quoted together share one unit (万 once the largest reaches it).
 */
export function resultsParagraph(report: ParagraphInput): string {
  const subject = report.scope.level === 'head_office' ? '全公司' : report.scope.name;
  const opening = `${subject}在${report.campaign.name}（${dateRange(report.campaign.startDate, report.campaign.endDate)}）期间`;
  return [`${opening}${offlineClauses(report)}。`, onlineSentence(report), yearOnYearSentence(report)].join('');
}

function offlineClauses({ offline, online }: ParagraphInput): string {
  if (offline.events === 0) return '，暂未登记线下宣传活动';
  const byGroup = (Object.keys(eventTypeGroups) as EventTypeGroup[])
    .filter((group) => offline.eventsByGroup[group] > 0)
    .map((group) => {
      const types = (eventTypeGroups[group] as readonly EventType[])
        .filter((type) => offline.eventsByType[type] > 0)
        .map((type) => `${typeNames[type]}${offline.eventsByType[type]}场`);
      return `${groupNames[group]}${offline.eventsByGroup[group]}场（${types.join('、')}）`;
    });
  const venues = [
    offline.countersInvolved > 0 ? `共有${offline.countersInvolved}个柜面（网点）参与` : '',
    offline.displayAreas > 0 ? `设置宣传展区${offline.displayAreas}个` : '',
    offline.printed.total > 0 ? `发放纸质宣传资料${formatWan(offline.printed.total)}份` : '',
  ].filter(Boolean);
  const [reported, checkedIn] = formatWanGroup([offline.attendanceReported, online.checkins]);
  const people = [
    `参与员工${formatWan(offline.staffParticipants)}人次`,
    `现场参与群众${reported}人`,
    `扫码签到${checkedIn}人`,
    `覆盖人群${formatWanRange(offline.coverage.min, offline.coverage.max)}人次`,
  ];
  return [`，累计开展宣传活动${offline.events}场，其中${byGroup.join('，')}`, venues.join('，'), people.join('，')]
    .filter(Boolean)
    .join('；');
}

function onlineSentence({ campaign, online }: ParagraphInput): string {
  const [views, visitors, plays, taps, opens] = formatWanGroup([
    online.views,
    online.visitors,
    online.videoPlays,
    online.shareTaps,
    online.shareOpens,
  ]);
  const parts = [
    `线上推出宣传资料${campaign.materialCount}篇`,
    `浏览量${views}人次`,
    `触达${visitors}人`,
    `视频观看${plays}次`,
    `分享${taps}次`,
    `通过分享打开${opens}次`,
  ];
  if (online.quizCompletions > 0) parts.push(`完成权益知识答题${formatWan(online.quizCompletions)}人次`);
  if (online.signups > 0) parts.push(`活动报名${formatWan(online.signups)}人`);
  return `${parts.join('，')}。`;
}

function yearOnYearSentence({ yearOnYear }: ParagraphInput): string {
  if (!yearOnYear.previous) return '';
  const changes = yearOnYear.rows
    .filter((row) => (row.figure === 'events' || row.figure === 'visitors') && row.changePercent !== null)
    .map((row) => `${row.figure === 'events' ? '活动场次' : '触达人数'}${change(row.changePercent!)}`);
  return changes.length > 0 ? `与上年同期（${yearOnYear.previous.name}）相比，${changes.join('，')}。` : '';
}

function change(percent: number): string {
  if (percent === 0) return '持平';
  return `${percent > 0 ? '增长' : '下降'}${Math.abs(percent).toFixed(1).replace(/\.0$/, '')}%`;
}

/** 2026年3月15日至3月21日; the year again only when the range crosses one. */
function dateRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const from = `${sy}年${sm}月${sd}日`;
  if (start === end) return from;
  return `${from}至${ey !== sy ? `${ey}年` : ''}${em}月${ed}日`;
}
