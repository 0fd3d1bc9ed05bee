import * as z from 'zod';
import { CampaignHeaderSchema, CampaignViewSchema } from './campaign';
import { OrgUnitIdSchema } from './common';
import { type EventType, type EventTypeGroup, EventTypeSchema, eventTypeGroups, eventTypes } from './event';
import { OrgLevelSchema } from './orgUnit';
import { CustomersServedSchema, OnlineActivityFiguresSchema, WorkplaceFiguresSchema } from './reportOutreach';
import { BreakdownRowSchema, MetricsSchema } from './totals';
import { MaterialOutputSchema, MediaPostFiguresSchema, PlatformFiguresSchema } from './reportedFigures';

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

const figure = z.number().int().min(0);
/** An object with one figure per key of a list (event types, groups, flag kinds). */
const figuresBy = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, figure])) as { [Key in K]: typeof figure });
const RangeSchema = z.object({ min: figure, max: figure });

export const ReportUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  level: OrgLevelSchema,
});
export type ReportUnit = z.infer<typeof ReportUnitSchema>;

export const ReportScopeSchema = ReportUnitSchema.extend({
  /**
   * The units from the caller's own unit down to this one, for the drill-down breadcrumb
   * (the caller may go back up as far as their own unit, never above it).
   */
  trail: z.array(ReportUnitSchema),
  /**
   * Whether online figures by channel, source, material, day and target group exist for
   * this unit. Every unit keeps its own (the whole campaign at head office, each province,
   * city, county and counter its own), so reports answer true.
   */
  detailed: z.boolean(),
});
export type ReportScope = z.infer<typeof ReportScopeSchema>;

/** Printed materials handed out (发放宣传资料, 份). */
export const PrintedTotalsSchema = figuresBy(['leaflets', 'colourPages', 'posters', 'other', 'total']);
export type PrintedTotals = z.infer<typeof PrintedTotalsSchema>;

/** What staff logged, added up over the events in scope (deleted events never count). */
export const OfflineFiguresSchema = z.object({
  /** 活动场次 */
  events: figure,
  eventsByGroup: figuresBy(Object.keys(eventTypeGroups) as EventTypeGroup[]),
  eventsByType: figuresBy<EventType>(eventTypes),
  /** 参与员工人数 (人次): staff present, added up over events. */
  staffParticipants: figure,
  /** 现场参与人数: headcount entered by staff. */
  attendanceReported: figure,
  /** 覆盖人群 (人次): the staff's estimates, summed as a range. */
  coverage: RangeSchema,
  printed: PrintedTotalsSchema,
  /** 设置宣传展区 (个) */
  displayAreas: figure,
  /** 参与柜面（网点）数: distinct units that held a 柜面宣传 event, or any event when the unit is a counter. */
  countersInvolved: figure,
});
export type OfflineFigures = z.infer<typeof OfflineFiguresSchema>;

/** Offline and online figures of one unit, for the breakdown by org unit. */
export const UnitReportRowSchema = ReportUnitSchema.extend({
  /** Absent for head office. */
  parentId: z.string().optional(),
  /** Whether it has units below it to drill down into. */
  hasChildren: z.boolean(),
  offline: OfflineFiguresSchema.pick({ events: true, staffParticipants: true, attendanceReported: true, coverage: true }),
  metrics: MetricsSchema,
});
export type UnitReportRow = z.infer<typeof UnitReportRowSchema>;

/** A target group: events that named it (offline) and, where kept, online figures. */
export const TargetGroupReportRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  events: figure,
  attendanceReported: figure,
  metrics: MetricsSchema.nullable(),
});
export type TargetGroupReportRow = z.infer<typeof TargetGroupReportRowSchema>;

/** One day (Asia/Shanghai): events started that day and, where kept, online figures. */
export const DayReportRowSchema = z.object({
  key: z.string(),
  events: figure,
  metrics: MetricsSchema.nullable(),
});
export type DayReportRow = z.infer<typeof DayReportRowSchema>;

export const reportFlagKinds = ['attendance_unverified', 'no_qr_activity'] as const;
export type ReportFlagKind = (typeof reportFlagKinds)[number];

export const reportFlagLabels: Record<ReportFlagKind, string> = {
  attendance_unverified: '现场人数远超签到人数',
  no_qr_activity: '活动二维码无任何扫码',
};

/** One event in scope, with its own QR figures and anything a reviewer may want to ask about. */
export const EventReportRowSchema = z.object({
  eventId: z.string(),
  title: z.string(),
  type: EventTypeSchema,
  unitId: z.string(),
  unitName: z.string(),
  /** An online event's platform in words (线上 · 视频号). */
  placeName: z.string(),
  /** Online events: the platform's reported viewers (平台报告观看人数). */
  viewersReported: figure.optional(),
  startAt: z.string(),
  staffPresent: figure,
  attendanceReported: figure,
  coverage: RangeSchema,
  metrics: MetricsSchema,
  flags: z.array(z.enum(reportFlagKinds)),
});
export type EventReportRow = z.infer<typeof EventReportRowSchema>;

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

export const YearOnYearRowSchema = z.object({
  figure: z.enum(comparedFigures),
  label: z.string(),
  current: figure,
  previous: figure,
  /** (current − previous) / previous × 100, one decimal; null when last year had none. */
  changePercent: z.number().nullable(),
});
export type YearOnYearRow = z.infer<typeof YearOnYearRowSchema>;

export const YearOnYearSchema = z.object({
  /** Last year's campaign of the same type (null: there was none). */
  previous: CampaignViewSchema.pick({ code: true, name: true, startDate: true, endDate: true }).nullable(),
  rows: z.array(YearOnYearRowSchema),
});
export type YearOnYear = z.infer<typeof YearOnYearSchema>;

export const CampaignReportSchema = z.object({
  campaign: CampaignHeaderSchema.extend({
    /** Published materials the campaign carries (宣传资料, 篇). */
    materialCount: figure,
  }),
  scope: ReportScopeSchema,
  /** When the figures were read (ISO 8601). */
  generatedAt: z.string(),
  /**
   * How fresh the online figures are: when the newest beacon they include was received
   * (ISO 8601; beacons are counted from the table's stream within seconds). Absent before any.
   */
  updatedAt: z.string().optional(),
  offline: OfflineFiguresSchema,
  /** Online figures of the scope (the whole campaign at head office). */
  online: MetricsSchema,
  /** Online events staff logged (直播, 线上主题宣传…) and their platforms' reported viewers. */
  onlineActivities: OnlineActivityFiguresSchema,
  /** Counters and sales workplaces of the scope: display areas at counters, workplaces trained. */
  workplaces: WorkplaceFiguresSchema,
  /** 服务客户量 and its parts. */
  customersServed: CustomersServedSchema,
  /** Average rating (1–5, two decimals), null without feedback. */
  feedbackAverage: z.number().nullable(),
  breakdowns: z.object({
    /** Units directly under the scope unit. */
    units: z.array(UnitReportRowSchema),
    /**
     * Every unit of the subtree, parents before children, the scope first (the export's 机构
     * sheet). In the dashboard's answer: the scope and `units` only (a national tree has
     * thousands; drill down for the rest).
     */
    allUnits: z.array(UnitReportRowSchema),
    /** Null where not kept (see ReportScope.detailed). */
    channels: z.array(BreakdownRowSchema).nullable(),
    sources: z.array(BreakdownRowSchema).nullable(),
    materials: z.array(BreakdownRowSchema).nullable(),
    targetGroups: z.array(TargetGroupReportRowSchema),
    /** Every day of the campaign (and any other day an event was logged for), in order. */
    days: z.array(DayReportRowSchema),
    /**
     * Events in scope, latest start first. The dashboard's answer lists at most
     * `reportListLimit` (see `truncated`); the export carries them all.
     */
    events: z.array(EventReportRowSchema),
  }),
  /** Events a reviewer may want to ask about, latest first (limited like `breakdowns.events`). */
  flagged: z.array(EventReportRowSchema),
  /** How many events carry each flag (all of them, whatever the list shows). */
  flagCounts: figuresBy(reportFlagKinds),
  /** Whether the events, flagged or sources lists were cut to `reportListLimit` rows (sources: the most viewed). */
  truncated: z.boolean(),
  /** The reported-to-verified factor above which an event is flagged. */
  attendanceFlagFactor: z.number(),
  yearOnYear: YearOnYearSchema,
  /** The campaign's published materials by format and origin (reportedFigures.ts). */
  materialOutput: MaterialOutputSchema,
  /** Media posts of the scope by outlet. */
  mediaPosts: MediaPostFiguresSchema,
  /** Figures reported from other platforms, beside the tracked ones. */
  platformFigures: PlatformFiguresSchema,
  /** The results paragraph (主要成效), from exactly these figures. */
  paragraph: z.string(),
});
export type CampaignReport = z.infer<typeof CampaignReportSchema>;

/** Rows of the events and flagged lists in the dashboard's answer; the export has every row. */
export const reportListLimit = 200;

/** A campaign's headline figures for the dashboard's campaign list. */
export const CampaignHeadlineSchema = z.object({
  campaign: CampaignHeaderSchema,
  events: figure,
  attendanceReported: figure,
  checkins: figure,
  views: figure,
  visitors: figure,
  shareTaps: figure,
});
export type CampaignHeadline = z.infer<typeof CampaignHeadlineSchema>;

export const ReportCampaignListSchema = z.object({
  scope: ReportUnitSchema,
  campaigns: z.array(CampaignHeadlineSchema),
});
export type ReportCampaignList = z.infer<typeof ReportCampaignListSchema>;
