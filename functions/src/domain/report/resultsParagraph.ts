import {
  type CampaignReport,
  type EventType,
  type EventTypeGroup,
  eventTypeGroups,
  formatWan,
  formatWanGroup,
  formatWanRange,
  videoCompletionRate,
} from '@rights-outreach/shared';
import { materialOutputClause } from './materialOutput';
import { mediaPostClause } from './mediaPosts';
import {
  type OutreachClauseInput,
  customersServedClause,
  displayAreaClauses,
  eventsClause,
  onlineGroupClause,
  onlineTypeNames,
  workplaceClause,
} from './outreachClauses';
import { platformFiguresClause } from './platformFigures';

/** Everything of a report the paragraph reads (all of it but the paragraph itself). */
export type ParagraphInput = Pick<CampaignReport, 'campaign' | 'scope' | 'offline' | 'online' | 'yearOnYear'> &
  OutreachClauseInput &
  Partial<Pick<CampaignReport, 'materialOutput' | 'mediaPosts' | 'platformFigures'>>;

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
  ...onlineTypeNames,
};

const groupNames: Record<EventTypeGroup, string> = {
  five_entries: '“五进入”活动',
  self_organised: '自主特色宣传',
  internal: '内部培训',
  online: '线上活动',
};

/**
 * The results section (主要成效) of a campaign for a unit, in the words year-end reports use,
 * from exactly the report's figures (the dashboard's and the export's): events in all and by
 * type, counters, display areas and printed materials, staff, on-site attendance and
 * check-ins, coverage in 人次, then the online figures and the change on last year.
 * Groups of figures quoted together share one unit (万 once the largest reaches it).
 *
 * As a report is written, a figure the scope has no data for (zero) is left out, not quoted
 * as 0; a part with no figure at all (offline, online) is left out whole; and only figures
 * both years have are compared with last year (docs/metrics.md, "The results paragraph").
 */
export function resultsParagraph(report: ParagraphInput): string {
  const subject = report.scope.level === 'head_office' ? '全公司' : report.scope.name;
  const opening = `${subject}在${report.campaign.name}（${dateRange(report.campaign.startDate, report.campaign.endDate)}）期间`;
  const [offline, online, records] = [offlineClauses(report), onlineClauses(report), recordClauses(report)];
  if (!offline && !online && !records) return `${opening}暂无宣传活动数据。`;
  const served = customersServedClause(report);
  // The campaign's materials are quoted only beside results of the scope's own.
  const clauses = [offline, online, report.materialOutput ? materialOutputClause(report.materialOutput) : '', records].filter(Boolean);
  return `${opening}，${served ? `${served}；` : ''}${clauses.join('。')}。${yearOnYearSentence(report)}`;
}

/** Offline figures: nothing at all when no event was logged in scope. */
function offlineClauses(report: ParagraphInput): string {
  const { offline, online } = report;
  if (offline.events === 0) return '';
  const byGroup = (Object.keys(eventTypeGroups) as EventTypeGroup[])
    .filter((group) => offline.eventsByGroup[group] > 0)
    .map((group) => {
      if (group === 'online') return onlineGroupClause(report, groupNames.online);
      const types = (eventTypeGroups[group] as readonly EventType[])
        .filter((type) => offline.eventsByType[type] > 0)
        .map((type) => `${typeNames[type]}${offline.eventsByType[type]}场`);
      return `${groupNames[group]}${offline.eventsByGroup[group]}场（${types.join('、')}）`;
    });
  const venues = [
    offline.countersInvolved > 0 ? `共有${offline.countersInvolved}个柜面（网点）参与` : '',
    ...displayAreaClauses(report),
    offline.printed.total > 0 ? `发放纸质宣传资料${formatWan(offline.printed.total)}份` : '',
  ].filter(Boolean);
  // A zero never reaches 万, so leaving it out of a group never changes how the others are written.
  const [reported, checkedIn] = formatWanGroup([offline.attendanceReported, online.checkins]);
  const people = [
    offline.staffParticipants > 0 ? `参与员工${formatWan(offline.staffParticipants)}人次` : '',
    offline.attendanceReported > 0 ? `现场参与群众${reported}人` : '',
    online.checkins > 0 ? `扫码签到${checkedIn}人` : '',
    offline.coverage.max > 0 ? `覆盖人群${formatWanRange(offline.coverage.min, offline.coverage.max)}人次` : '',
  ].filter(Boolean);
  return [eventsClause(report, byGroup), venues.join('，'), workplaceClause(report), people.join('，')].filter(Boolean).join('；');
}

/**
 * Online figures: nothing at all when the scope had no online activity (the campaign's
 * materials alone are no result of the scope's).
 */
function onlineClauses({ campaign, online }: ParagraphInput): string {
  const quoted = [
    { value: online.views, words: (figure: string) => `浏览量${figure}人次` },
    { value: online.visitors, words: (figure: string) => `触达${figure}人` },
    { value: online.videoPlays, words: (figure: string) => `视频观看${figure}次` },
    {
      value: online.videoPlays > 0 ? online.videoCompletions : 0,
      words: (figure: string) => `完整观看${figure}次（完播率${percentValue(videoCompletionRate(online)!)}%）`,
    },
    { value: online.shareTaps, words: (figure: string) => `分享${figure}次` },
    { value: online.shareOpens, words: (figure: string) => `通过分享打开${figure}次` },
  ].filter((figure) => figure.value > 0);
  const extra = [
    online.quizCompletions > 0 ? `完成权益知识答题${formatWan(online.quizCompletions)}人次` : '',
    online.signups > 0 ? `活动报名${formatWan(online.signups)}人` : '',
  ].filter(Boolean);
  if (quoted.length === 0 && extra.length === 0) return '';
  const figures = formatWanGroup(quoted.map((figure) => figure.value));
  const parts = [
    campaign.materialCount > 0 ? `线上推出宣传资料${campaign.materialCount}篇` : '',
    ...quoted.map((figure, index) => figure.words(figures[index]!)),
    ...extra,
  ].filter(Boolean);
  return parts.join('，');
}

/** Media posts, then figures reported from other platforms beside ours; '' when the scope entered neither. */
function recordClauses({ mediaPosts, platformFigures }: ParagraphInput): string {
  return [mediaPosts ? mediaPostClause(mediaPosts) : '', platformFigures ? platformFiguresClause(platformFigures) : '']
    .filter(Boolean)
    .join('；');
}

/** 同比 of events and reach, each only when both years have it (a year without data is no fall of 100%). */
function yearOnYearSentence({ yearOnYear }: ParagraphInput): string {
  if (!yearOnYear.previous) return '';
  const changes = yearOnYear.rows
    .filter((row) => (row.figure === 'events' || row.figure === 'visitors') && row.current > 0 && row.previous > 0)
    .map((row) => `${row.figure === 'events' ? '活动场次' : '触达人数'}${change(row.changePercent!)}`);
  return changes.length > 0 ? `与上年同期（${yearOnYear.previous.name}）相比，${changes.join('，')}。` : '';
}

function change(percent: number): string {
  if (percent === 0) return '持平';
  return `${percent > 0 ? '增长' : '下降'}${percentValue(Math.abs(percent))}%`;
}

/** One decimal, a trailing .0 dropped (74.0 → 74). */
function percentValue(percent: number): string {
  return percent.toFixed(1).replace(/\.0$/, '');
}

/** 2026年3月15日至3月21日; the year again only when the range crosses one. */
function dateRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const from = `${sy}年${sm}月${sd}日`;
  if (start === end) return from;
  return `${from}至${ey !== sy ? `${ey}年` : ''}${em}月${ed}日`;
}
