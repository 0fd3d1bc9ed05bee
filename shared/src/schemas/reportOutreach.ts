import * as z from 'zod';
import { type OnlineEventType, type OnlinePlatform, onlineEventTypes, onlinePlatforms } from './event';

/**
 * The report's figures of online activities, counters and sales workplaces, and customers
 * served (docs/metrics.md): beside `offline` and `online` in a CampaignReport.
 */

const figure = z.number().int().min(0);

/** 线上活动: the online events staff logged in scope (reported). */
export const OnlineActivityFiguresSchema = z.object({
  /** 线上活动场次 */
  events: figure,
  eventsByType: z.object(Object.fromEntries(onlineEventTypes.map((type) => [type, figure])) as { [T in OnlineEventType]: typeof figure }),
  /** 平台报告观看人数, added up over the online events. */
  viewersReported: figure,
  /** Events and reported viewers by platform. */
  byPlatform: z.object(
    Object.fromEntries(onlinePlatforms.map((platform) => [platform, z.object({ events: figure, viewersReported: figure })])) as {
      [P in OnlinePlatform]: z.ZodObject<{ events: typeof figure; viewersReported: typeof figure }>;
    },
  ),
});
export type OnlineActivityFigures = z.infer<typeof OnlineActivityFiguresSchema>;

/** 营业柜面 and 营销职场 of the scope, and what was done at them. */
export const WorkplaceFiguresSchema = z.object({
  /** 所辖营业柜面: units of the lowest level in scope that are counters (no kind: a counter). */
  counters: figure,
  /** Of them, those that set up at least one display area (events logged at the counter). */
  countersWithDisplayAreas: figure,
  /** 宣传展区 set up by events logged at those counters. */
  counterDisplayAreas: figure,
  /** 所辖营销职场: units of the lowest level in scope that are sales workplaces. */
  salesWorkplaces: figure,
  /** Of them, the distinct ones a 职场培训 event in scope named. */
  trainedWorkplaces: figure,
  /** 职场培训 events in scope that named at least one of them. */
  workplaceTrainings: figure,
});
export type WorkplaceFigures = z.infer<typeof WorkplaceFiguresSchema>;

/** 服务客户量: one figure and the parts it is the sum of. */
export const CustomersServedSchema = z.object({
  total: figure,
  /** 线上触达人数 (tracked, exact distinct people). */
  visitors: figure,
  /** 线下现场参与人数 (reported headcounts). */
  attendanceReported: figure,
  /** 线上活动平台报告观看人数 (reported by the platforms). */
  viewersReported: figure,
});
export type CustomersServed = z.infer<typeof CustomersServedSchema>;
