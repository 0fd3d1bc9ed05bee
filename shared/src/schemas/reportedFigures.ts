import * as z from 'zod';
import { materialFormats } from './material';
import { mediaOutlets, platformFigureNames, reportingPlatforms } from './outreachRecords';

/**
 * The report's parts beside the tracked counters (docs/metrics.md): the campaign's materials
 * by format and origin, media posts by outlet, and figures reported from other platforms, kept
 * apart from what we tracked and added to it only where the paragraph says so.
 */

const figure = z.number().int().min(0);
const figuresBy = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, figure])) as { [Key in K]: typeof figure });

/** The campaign's published materials by format, 原创 and 转载 apart. */
export const MaterialOutputSchema = z.object({
  original: figuresBy(materialFormats),
  reposted: figuresBy(materialFormats),
  /** 转载 materials by where they are from, most first. */
  repostedFrom: z.array(z.object({ from: z.string(), count: figure })),
});
export type MaterialOutput = z.infer<typeof MaterialOutputSchema>;

export const MediaPostRowSchema = z.object({
  id: z.string(),
  outlet: z.enum(mediaOutlets),
  title: z.string(),
  url: z.string(),
  publishedOn: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  createdBy: z.string(),
});
export type MediaPostRow = z.infer<typeof MediaPostRowSchema>;

/** Media posts of the scope (not deleted), counted by outlet. */
export const MediaPostFiguresSchema = z.object({
  total: figure,
  byOutlet: figuresBy(mediaOutlets),
  /** Every post, latest first. */
  posts: z.array(MediaPostRowSchema),
});
export type MediaPostFigures = z.infer<typeof MediaPostFiguresSchema>;

const PlatformValuesSchema = figuresBy(platformFigureNames);
export type PlatformValues = z.infer<typeof PlatformValuesSchema>;

/** The figures both we and other platforms have: views, video plays, shares. */
export const comparablePlatformFigures = ['views', 'plays', 'shares'] as const;
export type ComparablePlatformFigure = (typeof comparablePlatformFigures)[number];

/** One counted entry: the latest snapshot of one unit's account or content on one platform. */
export const PlatformEntryRowSchema = z.object({
  id: z.string(),
  platform: z.enum(reportingPlatforms),
  subject: z.string(),
  asOf: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** Who entered it last (工号). */
  enteredBy: z.string(),
  values: PlatformValuesSchema,
});
export type PlatformEntryRow = z.infer<typeof PlatformEntryRowSchema>;

/** A reported figure far above what we tracked for the same channel (核查提示). */
export const PlatformFlagSchema = z.object({
  platform: z.enum(reportingPlatforms),
  figure: z.enum(comparablePlatformFigures),
  reported: figure,
  tracked: figure,
});
export type PlatformFlag = z.infer<typeof PlatformFlagSchema>;

export const PlatformFiguresSchema = z.object({
  /** Reported, by platform: the counted entries added up. */
  byPlatform: z.array(z.object({ platform: z.enum(reportingPlatforms), entries: figure, values: PlatformValuesSchema })),
  /** Reported, all platforms. */
  reported: PlatformValuesSchema,
  /** Tracked by us for the scope (本平台): views, video plays, share taps. */
  tracked: figuresBy(comparablePlatformFigures),
  /** Reported + tracked, the figures the paragraph quotes for 各平台. */
  combined: figuresBy(comparablePlatformFigures),
  /** The counted entries, latest as-of first. */
  entries: z.array(PlatformEntryRowSchema),
  flags: z.array(PlatformFlagSchema),
  /** The rule of the flags: reported > factor × tracked of the same channel, and reported ≥ minimum. */
  flagFactor: z.number(),
  flagMinimum: figure,
});
export type PlatformFigures = z.infer<typeof PlatformFiguresSchema>;
