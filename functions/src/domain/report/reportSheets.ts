import {
  type CampaignReport,
  type EventReportRow,
  type EventType,
  type EventTypeGroup,
  type MetricName,
  type Metrics,
  eventTypeGroupLabels,
  eventTypeGroups,
  eventTypeLabels,
  metricLabels,
  metricNames,
  orgLevelLabels,
  printedMaterialLabels,
  reportFlagLabels,
  shanghaiDate,
  videoCompletionRate,
} from '@rights-outreach/shared';
import { onlineActivitiesSheet, outreachSummaryRows } from './outreachSheets';
import { reportedSheets } from './reportedSheets';

export type Cell = string | number | null;

/** One table of the export: a sheet of the workbook, a block of the CSV. */
export interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** Online figures in every breakdown, in the metrics' own order (the rating sum becomes an average). */
const metricColumns: MetricName[] = metricNames.filter((name) => name !== 'ratingSum');
const metricHeaders = [...metricColumns.map((name) => metricLabels[name]), '平均评分'];

function metricCells(metrics: Metrics | null): Cell[] {
  if (!metrics) return metricHeaders.map(() => null);
  const average = metrics.feedbacks > 0 ? Math.round((metrics.ratingSum / metrics.feedbacks) * 100) / 100 : null;
  return [...metricColumns.map((name) => metrics[name]), average];
}

const notKept = '本级机构不单独保存此项线上明细（保存到省级机构），请查看“机构”与“活动明细”表';

/**
 * The report as tables with Chinese headers: a summary, then one per breakdown, the events,
 * the flags, year on year and the results paragraph. Exactly the report's figures: the
 * dashboard, the export and the paragraph never disagree.
 */
export function reportSheets(report: CampaignReport): Sheet[] {
  const { breakdowns } = report;
  return [
    summarySheet(report),
    {
      name: '活动类型',
      columns: ['类型分组', '活动类型', '活动场次'],
      rows: (Object.keys(eventTypeGroups) as EventTypeGroup[]).flatMap((group) =>
        (eventTypeGroups[group] as readonly EventType[]).map((type) => [
          eventTypeGroupLabels[group],
          eventTypeLabels[type],
          report.offline.eventsByType[type],
        ]),
      ),
    },
    {
      name: '机构',
      columns: [
        '机构编号',
        '机构名称',
        '层级',
        '上级机构编号',
        '活动场次',
        '参与员工（人次）',
        '现场参与人数',
        '覆盖人群下限',
        '覆盖人群上限',
        ...metricHeaders,
      ],
      rows: breakdowns.allUnits.map((row) => [
        row.unitId,
        row.name,
        orgLevelLabels[row.level],
        row.parentId ?? null,
        row.offline.events,
        row.offline.staffParticipants,
        row.offline.attendanceReported,
        row.offline.coverage.min,
        row.offline.coverage.max,
        ...metricCells(row.metrics),
      ]),
    },
    detailSheet('渠道', '渠道', breakdowns.channels),
    detailSheet('来源', '来源', breakdowns.sources),
    detailSheet('资料', '宣传资料', breakdowns.materials),
    {
      name: '重点人群',
      columns: ['重点人群', '活动场次', '现场参与人数', ...metricHeaders],
      rows: breakdowns.targetGroups.map((row) => [row.label, row.events, row.attendanceReported, ...metricCells(row.metrics)]),
    },
    {
      name: '每日',
      columns: ['日期', '活动场次', ...metricHeaders],
      rows: breakdowns.days.map((row) => [row.key, row.events, ...metricCells(row.metrics)]),
    },
    onlineActivitiesSheet(report),
    eventSheet('活动明细', breakdowns.events),
    eventSheet('核查提示', report.flagged),
    {
      name: '同比',
      columns: ['指标', '本期', '上年同期', '同比变化（%）'],
      rows: report.yearOnYear.rows.map((row) => [
        row.label,
        row.current,
        report.yearOnYear.previous ? row.previous : null,
        row.changePercent,
      ]),
    },
    ...reportedSheets(report),
    { name: '主要成效', columns: ['主要成效'], rows: [[report.paragraph]] },
  ];
}

function summarySheet(report: CampaignReport): Sheet {
  const { campaign, scope, offline, online } = report;
  const rows: Cell[][] = [
    ['基本信息', '宣传活动', campaign.name],
    ['基本信息', '活动编码', campaign.code],
    ['基本信息', '活动日期', `${campaign.startDate} 至 ${campaign.endDate}`],
    ['基本信息', '统计机构', `${scope.name}（${orgLevelLabels[scope.level]}，含下级机构）`],
    ['基本信息', '数据时间', report.generatedAt],
    ...outreachSummaryRows(report),
    ['线下活动', '活动场次', offline.events],
    ...(Object.keys(eventTypeGroups) as EventTypeGroup[]).map((group): Cell[] => [
      '线下活动',
      `其中：${eventTypeGroupLabels[group]}`,
      offline.eventsByGroup[group],
    ]),
    ['线下活动', '参与员工（人次）', offline.staffParticipants],
    ['线下活动', '现场参与人数（员工填报）', offline.attendanceReported],
    ['线下活动', '现场签到人数（扫码核验）', online.checkins],
    ['线下活动', '覆盖人群下限（人次）', offline.coverage.min],
    ['线下活动', '覆盖人群上限（人次）', offline.coverage.max],
    ['线下活动', '发放纸质宣传资料（份）', offline.printed.total],
    ...(['leaflets', 'colourPages', 'posters', 'other'] as const).map((kind): Cell[] => [
      '线下活动',
      `其中：${printedMaterialLabels[kind]}`,
      offline.printed[kind],
    ]),
    ['线下活动', '宣传展区（个）', offline.displayAreas],
    ['线下活动', '参与柜面（网点）数', offline.countersInvolved],
    ['线上传播', '宣传资料（篇）', campaign.materialCount],
    ...metricColumns.filter((name) => name !== 'checkins').map((name): Cell[] => ['线上传播', metricLabels[name], online[name]]),
    ['线上传播', '视频完播率（%）', videoCompletionRate(online)],
    ['线上传播', '平均评分', report.feedbackAverage],
    ...Object.entries(report.flagCounts).map(([kind, count]): Cell[] => [
      '核查提示',
      reportFlagLabels[kind as keyof typeof reportFlagLabels],
      count,
    ]),
    ['核查提示', '其他平台填报数远超本平台统计', report.platformFigures.flags.length],
  ];
  return { name: '汇总', columns: ['类别', '指标', '数值'], rows };
}

function detailSheet(name: string, keyHeader: string, rows: CampaignReport['breakdowns']['channels']): Sheet {
  if (!rows) return { name, columns: ['说明'], rows: [[notKept]] };
  return {
    name,
    columns: [`${keyHeader}编码`, keyHeader, ...metricHeaders],
    rows: rows.map((row) => [row.key, row.label, ...metricCells(row.metrics)]),
  };
}

function eventSheet(name: string, events: EventReportRow[]): Sheet {
  return {
    name,
    columns: [
      '活动编号',
      '活动名称',
      '活动类型',
      '机构',
      '地点',
      '开始日期',
      '参与员工',
      '现场参与人数',
      '覆盖人群下限',
      '覆盖人群上限',
      '平台报告观看人数',
      ...metricHeaders,
      '核查提示',
    ],
    rows: events.map((event) => [
      event.eventId,
      event.title,
      eventTypeLabels[event.type],
      event.unitName,
      event.placeName,
      shanghaiDate(new Date(event.startAt)),
      event.staffPresent,
      event.attendanceReported,
      event.coverage.min,
      event.coverage.max,
      event.viewersReported ?? null,
      ...metricCells(event.metrics),
      event.flags.map((flag) => reportFlagLabels[flag]).join('；') || null,
    ]),
  };
}
