import {
  eventTypeGroupLabels,
  eventTypeGroups,
  eventTypeLabels,
  type BreakdownRow,
  type DayReportRow,
  type EventTypeGroup,
  type MetricName,
  type OfflineFigures,
  type TargetGroupReportRow,
  type UnitReportRow,
} from '@rights-outreach/shared';

/** One bar: a label and its value (the chart draws these; the table beside it lists them). */
export interface Bar {
  label: string;
  value: number;
  /** A second dimension for grouped colours, e.g. 五进入 / 自主特色宣传. */
  group?: string;
}

/** One point of a line: x, the series it belongs to, y. */
export interface LinePoint {
  x: string;
  series: string;
  value: number;
}

/** 活动场次 by type, every type listed in report order (五进入, 自主特色宣传, 内部培训), zeros kept. */
export function eventTypeBars(offline: OfflineFigures): Bar[] {
  return (Object.keys(eventTypeGroups) as EventTypeGroup[]).flatMap((group) =>
    eventTypeGroups[group].map((type) => ({
      label: eventTypeLabels[type],
      value: offline.eventsByType[type],
      group: eventTypeGroupLabels[group],
    })),
  );
}

/** Rows of a breakdown by one metric, largest first; at most `limit` bars (the table keeps every row). */
export function metricBars(rows: readonly BreakdownRow[], metric: MetricName, limit = 10): Bar[] {
  return rows
    .map((row) => ({ label: row.label, value: row.metrics[metric] }))
    .sort((a, b) => b.value - a.value)
    .slice(0, limit);
}

/** Units under the scope by one metric, largest first. */
export function unitBars(rows: readonly UnitReportRow[], value: (row: UnitReportRow) => number, limit = 10): Bar[] {
  return rows
    .map((row) => ({ label: row.name, value: value(row) }))
    .sort((a, b) => b.value - a.value)
    .slice(0, limit);
}

/** Target groups by events that named them (kept at every level). */
export function targetGroupBars(rows: readonly TargetGroupReportRow[]): Bar[] {
  return rows.map((row) => ({ label: row.label, value: row.events }));
}

/** `2026-03-09` → `03-09`: the axis has room for month and day only. */
export const shortDay = (key: string): string => key.slice(5);

/**
 * The daily chart: 浏览量 and 触达人数 per day where online figures are kept, otherwise the
 * events started each day. Every day of the campaign up to `today` (a day still to come is not
 * a zero: drawn as one, the line read as a collapse), in order.
 */
export function dailySeries(allDays: readonly DayReportRow[], today?: string): LinePoint[] {
  const days = today ? allDays.filter((day) => day.key <= today) : allDays;
  const online = days.some((day) => day.metrics !== null);
  if (!online) return days.map((day) => ({ x: shortDay(day.key), series: '活动场次', value: day.events }));
  return days.flatMap((day) => [
    { x: shortDay(day.key), series: '浏览量', value: day.metrics?.views ?? 0 },
    { x: shortDay(day.key), series: '触达人数', value: day.metrics?.visitors ?? 0 },
  ]);
}
