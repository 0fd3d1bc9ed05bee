import { type CampaignReport, type OnlineEventType, formatWan, onlineEventTypes } from '@rights-outreach/shared';

/** What the clauses on customers served, online activities, counters and workplaces read of a report. */
export type OutreachClauseInput = Pick<CampaignReport, 'scope' | 'offline' | 'onlineActivities' | 'workplaces' | 'customersServed'>;

/** Online event types as the results sections of year-end reports name them. */
export const onlineTypeNames: Record<OnlineEventType, string> = {
  live_stream: '直播',
  online_session: '线上主题宣传',
  online_quiz: '线上答题/H5活动',
  tuesday_online: '消保星期二线上活动',
};

/** `通过线上线下方式服务客户量N人`, leading the figures; nothing without anyone served. */
export function customersServedClause({ customersServed }: OutreachClauseInput): string {
  return customersServed.total > 0 ? `通过线上线下方式服务客户量${formatWan(customersServed.total)}人` : '';
}

/**
 * The events, opening the offline clauses, with the groups' own clauses: with online and
 * offline events `开展线上、线下教育宣传活动N场（线下M场、线上K场），其中…`, with online ones only
 * `开展线上教育宣传活动K场（直播n场…）…`, with none online today's `累计开展宣传活动N场，其中…`.
 */
export function eventsClause(report: OutreachClauseInput, groups: string[]): string {
  const { offline, onlineActivities } = report;
  const online = onlineActivities.events;
  const atPlaces = offline.events - online;
  if (online === 0) return `累计开展宣传活动${offline.events}场，其中${groups.join('，')}`;
  if (atPlaces === 0) return `开展线上教育宣传活动${online}场${onlineDetail(report)}`;
  return `开展线上、线下教育宣传活动${offline.events}场（线下${atPlaces}场、线上${online}场），其中${groups.join('，')}`;
}

/** The online group beside 五进入, 自主特色 and 内部培训: `线上活动K场（直播n场…），平台报告观看V人`. */
export function onlineGroupClause(report: OutreachClauseInput, groupName: string): string {
  return report.onlineActivities.events > 0 ? `${groupName}${report.onlineActivities.events}场${onlineDetail(report)}` : '';
}

/** `（直播n场、…）` and, when the platforms reported any, `，平台报告观看V人`. */
function onlineDetail({ onlineActivities }: OutreachClauseInput): string {
  const types = onlineEventTypes
    .filter((type) => onlineActivities.eventsByType[type] > 0)
    .map((type) => `${onlineTypeNames[type]}${onlineActivities.eventsByType[type]}场`);
  const viewers = onlineActivities.viewersReported > 0 ? `，平台报告观看${formatWan(onlineActivities.viewersReported)}人` : '';
  return `（${types.join('、')}）${viewers}`;
}

/**
 * Display areas at the scope's counters: `所辖6个营业柜面设置宣传展区6个`; the scope's display
 * areas in all follow only when some were elsewhere (`共设置宣传展区N个`), and read as
 * today (`设置宣传展区N个`) when none was at a counter. Not for a counter's own report.
 */
export function displayAreaClauses({ scope, offline, workplaces }: OutreachClauseInput): string[] {
  const atCounters = scope.level !== 'counter' && workplaces.counters > 0 ? workplaces.counterDisplayAreas : 0;
  const counters = atCounters > 0 ? `所辖${workplaces.counters}个营业柜面设置宣传展区${atCounters}个` : '';
  if (offline.displayAreas <= atCounters) return [counters].filter(Boolean);
  return [counters, `${atCounters > 0 ? '共' : ''}设置宣传展区${offline.displayAreas}个`].filter(Boolean);
}

/**
 * Sales workplaces trained: `所辖10个营销职场全部进行消费者保护知识培训N场` when every one was,
 * else `所辖10个营销职场中8个进行消费者保护知识培训N场`; nothing without a training that named one.
 */
export function workplaceClause({ scope, workplaces }: OutreachClauseInput): string {
  if (scope.level === 'counter' || workplaces.workplaceTrainings === 0) return '';
  const { salesWorkplaces, trainedWorkplaces, workplaceTrainings } = workplaces;
  const who = trainedWorkplaces === salesWorkplaces ? '全部' : `中${trainedWorkplaces}个`;
  return `所辖${salesWorkplaces}个营销职场${who}进行消费者保护知识培训${workplaceTrainings}场`;
}
