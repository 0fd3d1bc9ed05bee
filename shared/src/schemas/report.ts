import { z } from 'zod';
import type { Campaign } from './campaign';
import { OrgUnitIdSchema } from './common';
import type { EventType, EventTypeGroup } from './event';
import type { OrgLevel } from './orgUnit';
import type { BreakdownRow, Metrics } from './totals';

/**
 * A campaign's report for one org unit and everything under it: what the dashboard shows,
 * what the export carries and what the results paragraph (主要成效) says — one computation.
 * Offline figures come from the events staff logged; online figures from the tally's counters.
 */

/** `?unit=`: the unit to report on; default the caller's own unit. */
export const ReportQuerySchema = z.object({ unit: OrgUnitIdSchema.optional() }).strict();
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

export const exportFormats = ['xlsx', 'csv'] as const;
export const ReportExportQuerySchema = ReportQuerySchema.extend({ format: z.enum(exportFormats).default('xlsx') }).strict();
export type ReportExportQuery = z.infer<typeof ReportExportQuerySchema>;

export interface ReportUnit {
  unitId: string;
  name: string;
  level: OrgLevel;
}

export interface ReportScope extends ReportUnit {
  /**
   * The units from the caller's own unit down to this one, for the drill-down breadcrumb
   * (the caller may go back up as far as their own unit, never above it).
   */
  trail: ReportUnit[];
  /**
   * Whether online figures by channel, source, material, day and target group exist for
   * this unit. Every unit keeps its own (the whole campaign at head office, each province,
   * city, county and counter its own), so reports answer true.
   */
  detailed: boolean;
}

/** Printed materials handed out (发放宣传资料, 份). */
export interface PrintedTotals {
  leaflets: number;
  colourPages: number;
  posters: number;
  other: number;
  total: number;
}

/** What staff logged, added up over the events in scope (deleted events never count). */
export interface OfflineFigures {
  /** 活动场次 */
  events: number;
  eventsByGroup: Record<EventTypeGroup, number>;
  eventsByType: Record<EventType, number>;
  /** 参与员工人数 (人次): staff present, added up over events. */
  staffParticipants: number;
  /** 现场参与人数: headcount entered by staff. */
  attendanceReported: number;
  /** 覆盖人群 (人次): the staff's estimates, summed as a range. */
  coverage: { min: number; max: number };
  printed: PrintedTotals;
  /** 设置宣传展区 (个) */
  displayAreas: number;
  /** 参与柜面（网点）数: distinct units that held a 柜面宣传 event, or any event when the unit is a counter. */
  countersInvolved: number;
}

/** Offline and online figures of one unit, for the breakdown by org unit. */
export interface UnitReportRow extends ReportUnit {
  /** Absent for head office. */
  parentId?: string;
  /** Whether it has units below it to drill down into. */
  hasChildren: boolean;
  offline: Pick<OfflineFigures, 'events' | 'staffParticipants' | 'attendanceReported' | 'coverage'>;
  metrics: Metrics;
}

/** A target group: events that named it (offline) and, where kept, online figures. */
export interface TargetGroupReportRow {
  key: string;
  label: string;
  events: number;
  attendanceReported: number;
  metrics: Metrics | null;
}

/** One day (Asia/Shanghai): events started that day and, where kept, online figures. */
export interface DayReportRow {
  key: string;
  events: number;
  metrics: Metrics | null;
}

export const reportFlagKinds = ['attendance_unverified', 'no_qr_activity'] as const;
export type ReportFlagKind = (typeof reportFlagKinds)[number];

export const reportFlagLabels: Record<ReportFlagKind, string> = {
  attendance_unverified: '现场人数远超签到人数',
  no_qr_activity: '活动二维码无任何扫码',
};

/** One event in scope, with its own QR figures and anything a reviewer may want to ask about. */
export interface EventReportRow {
  eventId: string;
  title: string;
  type: EventType;
  unitId: string;
  unitName: string;
  placeName: string;
  startAt: string;
  staffPresent: number;
  attendanceReported: number;
  coverage: { min: number; max: number };
  metrics: Metrics;
  flags: ReportFlagKind[];
}

/** The figures compared year on year (同比). */
export const comparedFigures = [
  'events',
  'staffParticipants',
  'attendanceReported',
  'checkins',
  'views',
  'visitors',
  'videoPlays',
  'shareTaps',
  'shareOpens',
  'signups',
  'quizCompletions',
] as const;
export type ComparedFigure = (typeof comparedFigures)[number];

export const comparedFigureLabels: Record<ComparedFigure, string> = {
  events: '活动场次',
  staffParticipants: '参与员工（人次）',
  attendanceReported: '现场参与人数',
  checkins: '现场签到人数',
  views: '浏览量（人次）',
  visitors: '触达人数（人）',
  videoPlays: '视频观看次数',
  shareTaps: '分享次数',
  shareOpens: '分享带来的打开（人次）',
  signups: '报名人数',
  quizCompletions: '答题完成次数',
};

export interface YearOnYearRow {
  figure: ComparedFigure;
  label: string;
  current: number;
  previous: number;
  /** (current − previous) / previous × 100, one decimal; null when last year had none. */
  changePercent: number | null;
}

export interface YearOnYear {
  /** Last year's campaign of the same type (null: there was none). */
  previous: Pick<Campaign, 'code' | 'name' | 'startDate' | 'endDate'> | null;
  rows: YearOnYearRow[];
}

export interface CampaignReport {
  campaign: Pick<Campaign, 'code' | 'type' | 'name' | 'slogan' | 'startDate' | 'endDate'> & {
    /** Published materials the campaign carries (宣传资料, 篇). */
    materialCount: number;
  };
  scope: ReportScope;
  /** When the figures were read (ISO 8601). */
  generatedAt: string;
  /**
   * How fresh the online figures are: when the newest beacon they include was received
   * (ISO 8601; beacons are counted from the table's stream within seconds). Absent before any.
   */
  updatedAt?: string;
  offline: OfflineFigures;
  /** Online figures of the scope (the whole campaign at head office). */
  online: Metrics;
  /** Average rating (1–5, two decimals), null without feedback. */
  feedbackAverage: number | null;
  breakdowns: {
    /** Units directly under the scope unit. */
    units: UnitReportRow[];
    /**
     * Every unit of the subtree, parents before children, the scope first (the export's 机构
     * sheet). In the dashboard's answer: the scope and `units` only (a national tree has
     * thousands; drill down for the rest).
     */
    allUnits: UnitReportRow[];
    /** Null where not kept (see ReportScope.detailed). */
    channels: BreakdownRow[] | null;
    sources: BreakdownRow[] | null;
    materials: BreakdownRow[] | null;
    targetGroups: TargetGroupReportRow[];
    /** Every day of the campaign (and any other day an event was logged for), in order. */
    days: DayReportRow[];
    /**
     * Events in scope, latest start first. The dashboard's answer lists at most
     * `reportListLimit` (see `truncated`); the export carries them all.
     */
    events: EventReportRow[];
  };
  /** Events a reviewer may want to ask about, latest first (limited like `breakdowns.events`). */
  flagged: EventReportRow[];
  /** How many events carry each flag (all of them, whatever the list shows). */
  flagCounts: Record<ReportFlagKind, number>;
  /** Whether the events, flagged or sources lists were cut to `reportListLimit` rows (sources: the most viewed). */
  truncated: boolean;
  /** The reported-to-verified factor above which an event is flagged. */
  attendanceFlagFactor: number;
  yearOnYear: YearOnYear;
  /** The results paragraph (主要成效), from exactly these figures. */
  paragraph: string;
}

/** Rows of the events and flagged lists in the dashboard's answer; the export has every row. */
export const reportListLimit = 200;

/** A campaign's headline figures for the dashboard's campaign list. */
export interface CampaignHeadline {
  campaign: Pick<Campaign, 'code' | 'type' | 'name' | 'slogan' | 'startDate' | 'endDate'>;
  events: number;
  attendanceReported: number;
  checkins: number;
  views: number;
  visitors: number;
  shareTaps: number;
}

export interface ReportCampaignList {
  scope: ReportUnit;
  campaigns: CampaignHeadline[];
}
