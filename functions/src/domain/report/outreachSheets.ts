import { type CampaignReport, eventTypeLabels, onlineEventTypes, onlinePlatformLabels, onlinePlatforms } from '@rights-outreach/shared';
import type { Cell, Sheet } from './reportSheets';

/**
 * The summary sheet's rows for customers served (with its parts, so the sum can be checked),
 * online activities, and counters and sales workplaces: the same figures as the paragraph.
 */
export function outreachSummaryRows(report: CampaignReport): Cell[][] {
  const { customersServed, onlineActivities, workplaces } = report;
  return [
    ['服务客户量', '服务客户量（人）', customersServed.total],
    ['服务客户量', '其中：线上触达人数（扫码统计）', customersServed.visitors],
    ['服务客户量', '其中：线下现场参与人数（员工填报）', customersServed.attendanceReported],
    ['服务客户量', '其中：线上活动平台报告观看人数（员工填报）', customersServed.viewersReported],
    ['线下活动', '线下活动场次（活动场次中不含线上活动）', report.offline.events - onlineActivities.events],
    ['线上活动', '线上活动场次', onlineActivities.events],
    ...onlineEventTypes.map((type): Cell[] => ['线上活动', `其中：${eventTypeLabels[type]}`, onlineActivities.eventsByType[type]]),
    ['线上活动', '平台报告观看人数', onlineActivities.viewersReported],
    ['柜面与职场', '所辖营业柜面（个）', workplaces.counters],
    ['柜面与职场', '设置宣传展区的营业柜面（个）', workplaces.countersWithDisplayAreas],
    ['柜面与职场', '营业柜面宣传展区（个）', workplaces.counterDisplayAreas],
    ['柜面与职场', '所辖营销职场（个）', workplaces.salesWorkplaces],
    ['柜面与职场', '进行培训的营销职场（个）', workplaces.trainedWorkplaces],
    ['柜面与职场', '营销职场培训场次', workplaces.workplaceTrainings],
  ];
}

/** 线上活动: online events and reported viewers by platform. */
export function onlineActivitiesSheet(report: CampaignReport): Sheet {
  const { byPlatform } = report.onlineActivities;
  return {
    name: '线上活动',
    columns: ['平台', '线上活动场次', '平台报告观看人数'],
    rows: onlinePlatforms.map((platform) => [
      onlinePlatformLabels[platform],
      byPlatform[platform].events,
      byPlatform[platform].viewersReported,
    ]),
  };
}
