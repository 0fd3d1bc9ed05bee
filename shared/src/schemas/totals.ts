import * as z from 'zod';

/**
 * Campaign figures as defined in docs/metrics.md. Every figure is kept per
 * dimension value, pre-aggregated, so reading costs the same at any number of beacons.
 */
export const metricNames = [
  /** 浏览量 (人次): every landing or material page open. */
  'views',
  /** 触达人数 (人): distinct people, exact over the whole campaign (never a sum of daily uniques). */
  'visitors',
  /** 视频观看次数: video plays started. */
  'videoPlays',
  /** 视频完播次数: plays watched to at least 90 %. */
  'videoCompletions',
  /** 分享次数: share button taps. */
  'shareTaps',
  /** 分享带来的打开 (人次): opens from a shared card. */
  'shareOpens',
  /** Distinct people who opened a shared card (人). */
  'shareReach',
  /** 现场签到人数: distinct people checked in at an event, added up over events. */
  'checkins',
  /** 报名人数: distinct people signed up for an event, added up over events. */
  'signups',
  /** Quiz completions (人次). */
  'quizCompletions',
  /** Ratings given (人次) and their sum: the average is ratingSum / feedbacks. */
  'feedbacks',
  'ratingSum',
] as const;
export type MetricName = (typeof metricNames)[number];

/** A figure: a count (or, for ratingSum, a sum of ratings). */
const figure = z.number().int().min(0);
export const MetricsSchema = z.object(
  Object.fromEntries(metricNames.map((name) => [name, figure])) as { [K in MetricName]: typeof figure },
);
export type Metrics = z.infer<typeof MetricsSchema>;

export const metricLabels: Record<MetricName, string> = {
  views: '浏览量（人次）',
  visitors: '触达人数（人）',
  videoPlays: '视频观看次数',
  videoCompletions: '视频完播次数',
  shareTaps: '分享次数',
  shareOpens: '分享带来的打开（人次）',
  shareReach: '分享触达人数（人）',
  checkins: '现场签到人数',
  signups: '报名人数',
  quizCompletions: '答题完成次数',
  feedbacks: '评价次数',
  ratingSum: '评分合计',
};

export function emptyMetrics(): Metrics {
  return Object.fromEntries(metricNames.map((name) => [name, 0])) as Metrics;
}

/**
 * What each figure can be broken down by. `unit` rolls up the tree: a province's row
 * counts everything under it, its distinct people counted once.
 */
export const dimensions = ['event', 'source', 'channel', 'unit', 'material', 'day', 'targetGroup'] as const;
export type Dimension = (typeof dimensions)[number];

export const dimensionLabels: Record<Dimension, string> = {
  event: '活动',
  source: '来源',
  channel: '渠道',
  unit: '机构',
  material: '资料',
  day: '日期',
  targetGroup: '重点人群',
};

export const BreakdownRowSchema = z.object({
  /** The dimension value: event id, source code, channel, unit id, material id, YYYY-MM-DD, target group. */
  key: z.string(),
  /** Its name in Chinese. */
  label: z.string(),
  /** For units: the parent unit, so the tree can be drilled down. */
  parentKey: z.string().optional(),
  metrics: MetricsSchema,
});
export type BreakdownRow = z.infer<typeof BreakdownRowSchema>;

export const CampaignTotalsSchema = z.object({
  campaignCode: z.string(),
  /** The whole campaign. */
  totals: MetricsSchema,
  /** Every dimension, rows sorted by key (days ascending). */
  breakdowns: z.object(
    Object.fromEntries(dimensions.map((dimension) => [dimension, z.array(BreakdownRowSchema)])) as {
      [K in Dimension]: z.ZodArray<typeof BreakdownRowSchema>;
    },
  ),
  /**
   * How fresh the figures are: when the newest beacon they include was received (ISO 8601).
   * Beacons are counted from the table's stream within seconds; absent before the first one.
   */
  updatedAt: z.string().optional(),
});
export type CampaignTotals = z.infer<typeof CampaignTotalsSchema>;

/** Totals of one event (what its QR code brought in). */
export const EventTotalsSchema = z.object({ eventId: z.string(), totals: MetricsSchema });
export type EventTotals = z.infer<typeof EventTotalsSchema>;
