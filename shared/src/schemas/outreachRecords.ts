import * as z from 'zod';
import { CampaignCodeSchema, ClientIdSchema, LocalDateSchema, OrgUnitIdSchema } from './common';
import { EventHistoryEntrySchema } from './event';

/**
 * Records a unit enters per campaign besides its events (docs/metrics.md, "Reported from other
 * platforms" and "Media posts"): what another platform's back-end shows (platform figures) and
 * what was published in the media (media posts). Both are created under the phone's clientId,
 * changed once per mutationId, keep a history, and are editable by any staff or marketing
 * account whose subtree holds the record's unit.
 */

/** Where a media post (媒体发布信息) appeared. */
export const mediaOutlets = ['website', 'official', 'meipian', 'news', 'client_platform', 'channels', 'douyin', 'other'] as const;
export type MediaOutlet = (typeof mediaOutlets)[number];

export const mediaOutletLabels: Record<MediaOutlet, string> = {
  website: '官网',
  official: '公众号',
  meipian: '美篇',
  news: '新闻媒体',
  client_platform: '客资平台',
  channels: '视频号',
  douyin: '抖音',
  other: '其他',
};

/** Platforms whose back-end figures staff copy in (平台后台数据). */
export const reportingPlatforms = ['douyin', 'channels', 'official', 'meipian', 'website', 'moments', 'other'] as const;
export type ReportingPlatform = (typeof reportingPlatforms)[number];

export const reportingPlatformLabels: Record<ReportingPlatform, string> = {
  douyin: '抖音',
  channels: '视频号',
  official: '公众号',
  meipian: '美篇',
  website: '官网',
  moments: '朋友圈',
  other: '其他平台',
};

/** The figures a platform's back-end shows, as entered. */
export const platformFigureNames = ['views', 'plays', 'shares', 'likes', 'comments'] as const;
export type PlatformFigureName = (typeof platformFigureNames)[number];

export const platformFigureLabels: Record<PlatformFigureName, string> = {
  views: '浏览（阅读）量',
  plays: '视频播放量',
  shares: '分享（转发）次数',
  likes: '点赞数',
  comments: '评论数',
};

const count = (label: string) =>
  z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(100_000_000, `${label}不能超过 1 亿`);

const recordTarget = {
  campaignCode: CampaignCodeSchema,
  unitId: OrgUnitIdSchema,
};

const notes = z.string().trim().max(200, '备注最多 200 字').optional();

/** What staff enter for one platform's back-end figures (a snapshot "as of" a day). */
export const PlatformFigureFieldsSchema = z
  .object({
    ...recordTarget,
    platform: z.enum(reportingPlatforms, { error: '请选择平台' }),
    /** The account or content the figures are of (e.g. 广州分公司视频号, 《守住钱袋子》短视频). */
    subject: z.string().trim().min(2, '账号或内容至少 2 个字').max(40, '账号或内容最多 40 个字'),
    /** The day the back-end showed these figures (截至日期), Asia/Shanghai. */
    asOf: LocalDateSchema,
    views: count('浏览量').optional(),
    plays: count('播放量').optional(),
    shares: count('分享次数').optional(),
    likes: count('点赞数').optional(),
    comments: count('评论数').optional(),
    notes,
  })
  .strict();
export type PlatformFigureFields = z.infer<typeof PlatformFigureFieldsSchema>;

const someFigure = (fields: Partial<Record<PlatformFigureName, number>>) => platformFigureNames.some((name) => fields[name] !== undefined);
const someFigureIssue = { message: '请至少填写一项平台数据', path: ['views'] };

/** The figures entered, with at least one of them given. */
export const PlatformFigureInputSchema = PlatformFigureFieldsSchema.refine(someFigure, someFigureIssue);

export const CreatePlatformFigureRequestSchema = PlatformFigureFieldsSchema.extend({ clientId: ClientIdSchema })
  .strict()
  .refine(someFigure, someFigureIssue);
export type CreatePlatformFigureRequest = z.infer<typeof CreatePlatformFigureRequestSchema>;

export const UpdatePlatformFigureRequestSchema = PlatformFigureFieldsSchema.extend({ mutationId: ClientIdSchema })
  .strict()
  .refine(someFigure, someFigureIssue);
export type UpdatePlatformFigureRequest = z.infer<typeof UpdatePlatformFigureRequestSchema>;

/** What staff enter for one media post (媒体发布信息). */
export const MediaPostFieldsSchema = z
  .object({
    ...recordTarget,
    outlet: z.enum(mediaOutlets, { error: '请选择发布渠道' }),
    title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题最多 60 个字'),
    url: z.url({ protocol: /^https$/, error: '请填写以 https:// 开头的链接' }).max(500, '链接最多 500 个字符'),
    /** The day it was published, Asia/Shanghai. */
    publishedOn: LocalDateSchema,
    notes,
  })
  .strict();
export type MediaPostFields = z.infer<typeof MediaPostFieldsSchema>;

export const CreateMediaPostRequestSchema = MediaPostFieldsSchema.extend({ clientId: ClientIdSchema }).strict();
export type CreateMediaPostRequest = z.infer<typeof CreateMediaPostRequestSchema>;

export const UpdateMediaPostRequestSchema = MediaPostFieldsSchema.extend({ mutationId: ClientIdSchema }).strict();
export type UpdateMediaPostRequest = z.infer<typeof UpdateMediaPostRequestSchema>;

/** Deleting either kind of record: once per mutationId. */
export const DeleteRecordRequestSchema = z.object({ mutationId: ClientIdSchema }).strict();
export type DeleteRecordRequest = z.infer<typeof DeleteRecordRequestSchema>;

/** `?campaign=<code>`: a campaign's records in the caller's subtree. */
export const RecordListQuerySchema = z.object({ campaign: CampaignCodeSchema }).strict();
export type RecordListQuery = z.infer<typeof RecordListQuerySchema>;

/** What every stored record carries besides its fields. */
const recordBookkeeping = {
  /** The clientId it was created with. */
  id: z.string(),
  /** 1 on creation, +1 on every edit or deletion. */
  version: z.number().int().min(1),
  unitName: z.string(),
  /** Who entered it (工号) and when. */
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
};

export const PlatformFigureSchema = z.object({ ...PlatformFigureFieldsSchema.shape, ...recordBookkeeping });
export type PlatformFigure = z.infer<typeof PlatformFigureSchema>;

export const MediaPostSchema = z.object({ ...MediaPostFieldsSchema.shape, ...recordBookkeeping });
export type MediaPost = z.infer<typeof MediaPostSchema>;

/** A record's history: the same entries as an event's. */
export const RecordHistoryEntrySchema = EventHistoryEntrySchema;
export type RecordHistoryEntry = z.infer<typeof RecordHistoryEntrySchema>;

export const PlatformFigureListSchema = z.object({ figures: z.array(PlatformFigureSchema) });
export const PlatformFigureDetailSchema = z.object({ figure: PlatformFigureSchema, history: z.array(RecordHistoryEntrySchema) });
export type PlatformFigureDetail = z.infer<typeof PlatformFigureDetailSchema>;

export const MediaPostListSchema = z.object({ posts: z.array(MediaPostSchema) });
export const MediaPostDetailSchema = z.object({ post: MediaPostSchema, history: z.array(RecordHistoryEntrySchema) });
export type MediaPostDetail = z.infer<typeof MediaPostDetailSchema>;
