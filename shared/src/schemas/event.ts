import * as z from 'zod';
import { CampaignCodeSchema, ClientIdSchema, OrgUnitIdSchema } from './common';
import { TargetGroupListSchema } from './targetGroups';

/** Event types (docs/metrics.md, offline figures), grouped as reports count them. */
export const eventTypeGroups = {
  /** 五进入 */
  five_entries: ['community', 'village', 'school', 'enterprise', 'business_district'],
  /** 自主特色宣传 */
  self_organised: ['park', 'street', 'counter', 'elderly_home', 'other'],
  /** 内部培训 */
  internal: ['morning_meeting', 'workplace_training'],
  /** 线上活动: held on a platform, not at a place (docs/metrics.md, online activities). */
  online: ['live_stream', 'online_session', 'online_quiz', 'tuesday_online'],
} as const;
export type EventTypeGroup = keyof typeof eventTypeGroups;

export const offlineEventTypes = [...eventTypeGroups.five_entries, ...eventTypeGroups.self_organised, ...eventTypeGroups.internal] as const;
export const onlineEventTypes = eventTypeGroups.online;
export const eventTypes = [...offlineEventTypes, ...onlineEventTypes] as const;
export const EventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof EventTypeSchema>;
export const OfflineEventTypeSchema = z.enum(offlineEventTypes);
export type OfflineEventType = z.infer<typeof OfflineEventTypeSchema>;
export const OnlineEventTypeSchema = z.enum(onlineEventTypes);
export type OnlineEventType = z.infer<typeof OnlineEventTypeSchema>;

/** Whether an event of this type is held online (on a platform) rather than at a place. */
export function isOnlineEventType(type: string): type is OnlineEventType {
  return (onlineEventTypes as readonly string[]).includes(type);
}

export const eventTypeGroupLabels: Record<EventTypeGroup, string> = {
  five_entries: '五进入',
  self_organised: '自主特色宣传',
  internal: '内部培训',
  online: '线上活动',
};

export const eventTypeLabels: Record<EventType, string> = {
  community: '进社区',
  village: '进农村',
  school: '进学校',
  enterprise: '进企业',
  business_district: '进商圈',
  park: '公园',
  street: '临街宣传',
  counter: '柜面宣传',
  elderly_home: '养老院',
  other: '其他特色活动',
  morning_meeting: '晨会学习',
  workplace_training: '职场培训',
  live_stream: '直播',
  online_session: '线上主题宣传',
  online_quiz: '线上答题/H5活动',
  tuesday_online: '消保星期二线上活动',
};

/** Where an online event was held (a closed list: reports count by it). */
export const onlinePlatforms = ['wechat_channels', 'douyin', 'official_account', 'wecom', 'website', 'kuaishou', 'other'] as const;
export const OnlinePlatformSchema = z.enum(onlinePlatforms, { error: '请选择线上平台' });
export type OnlinePlatform = z.infer<typeof OnlinePlatformSchema>;

export const onlinePlatformLabels: Record<OnlinePlatform, string> = {
  wechat_channels: '视频号',
  douyin: '抖音',
  official_account: '公众号',
  wecom: '企业微信',
  website: '官网',
  kuaishou: '快手',
  other: '其他平台',
};

export function groupOfEventType(type: EventType): EventTypeGroup {
  return (Object.keys(eventTypeGroups) as EventTypeGroup[]).find((group) => (eventTypeGroups[group] as readonly string[]).includes(type))!;
}

const count = (max: number, label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max}`);

export const GeoPointSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    /** Metres, as the phone reported it. */
    accuracy: z.number().min(0).max(100_000).optional(),
  })
  .strict();
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** 覆盖人群: the staff's min–max estimate in 人次. */
export const CoverageSchema = z
  .object({ min: count(10_000_000, '覆盖人数下限'), max: count(10_000_000, '覆盖人数上限') })
  .strict()
  .refine((c) => c.min <= c.max, { message: '覆盖人数上限不能小于下限', path: ['max'] });

/** Printed materials handed out, by kind. */
export const PrintedMaterialsSchema = z
  .object({
    leaflets: count(1_000_000, '三折页数量'),
    colourPages: count(1_000_000, '彩页数量'),
    posters: count(100_000, '海报数量'),
    other: count(1_000_000, '其他资料数量'),
  })
  .strict();

export const printedMaterialLabels = {
  leaflets: '三折页',
  colourPages: '彩页',
  posters: '海报',
  other: '其他资料',
} as const;

/** Fields every event has, online or offline. */
const commonFieldsShape = {
  campaignCode: CampaignCodeSchema,
  unitId: OrgUnitIdSchema,
  title: z.string().trim().min(2, '活动名称至少 2 个字').max(40, '活动名称最多 40 个字'),
  startAt: z.iso.datetime({ offset: true, error: '请选择开始时间' }),
  targetGroups: TargetGroupListSchema,
  staffPresent: count(1_000, '参与员工人数'),
  notes: z.string().trim().max(500, '备注最多 500 字').optional(),
};

/** Most sales workplaces one 职场培训 may name. */
export const maxTrainedWorkplaces = 200;

/** An event held at a place: where, who came, what was handed out. */
const offlineFieldsShape = {
  ...commonFieldsShape,
  type: OfflineEventTypeSchema,
  placeName: z.string().trim().min(2, '地点至少 2 个字').max(60, '地点最多 60 个字'),
  location: GeoPointSchema.optional(),
  headcount: count(100_000, '现场参与人数'),
  coverage: CoverageSchema,
  printed: PrintedMaterialsSchema,
  displayAreas: count(100, '展区数量'),
  /**
   * 职场培训 only: the sales workplaces (营销职场 units in the event's unit subtree) it
   * trained; the server checks each one.
   */
  workplaceIds: z
    .array(OrgUnitIdSchema)
    .max(maxTrainedWorkplaces, `最多选择 ${maxTrainedWorkplaces} 个营销职场`)
    .refine((ids) => new Set(ids).size === ids.length, { message: '营销职场不能重复' })
    .optional(),
};

/** An event held online: on which platform, where to find it, how many the platform says watched. */
const onlineFieldsShape = {
  ...commonFieldsShape,
  type: OnlineEventTypeSchema,
  platform: OnlinePlatformSchema,
  link: z
    .url({ protocol: /^https$/, error: '链接须以 https:// 开头' })
    .max(500, '链接最多 500 个字符')
    .optional(),
  /** 平台报告观看人数: as the platform's own statistics page says (reported, not tracked). */
  viewersReported: count(100_000_000, '平台报告观看人数'),
};

function onlyTrainingNamesWorkplaces(fields: { type: string; workplaceIds?: string[] }): boolean {
  return fields.workplaceIds === undefined || fields.type === 'workplace_training';
}
const workplacesRule = { message: '只有职场培训可以选择营销职场', path: ['workplaceIds'] };

/** The fields of an offline event (五进入, 自主特色, 内部培训): the form and the API. */
export const OfflineEventFieldsSchema = z.object(offlineFieldsShape).strict().refine(onlyTrainingNamesWorkplaces, workplacesRule);
export type OfflineEventFields = z.infer<typeof OfflineEventFieldsSchema>;

/** The fields of an online event (线上活动): no place, headcount, coverage or printed materials. */
export const OnlineEventFieldsSchema = z.object(onlineFieldsShape).strict();
export type OnlineEventFields = z.infer<typeof OnlineEventFieldsSchema>;

/**
 * Every field staff enter for an event: one schema for the form and the API, by `type`.
 * Offline types take the offline fields as they always did (stored events and older
 * clients keep working); online types take the online ones and refuse the offline ones.
 */
export const EventFieldsSchema = z.discriminatedUnion('type', [OfflineEventFieldsSchema, OnlineEventFieldsSchema]);
export type EventFields = z.infer<typeof EventFieldsSchema>;

/** Whether these fields are an online event's. */
export function isOnlineEvent<T extends { type: EventType }>(event: T): event is Extract<T, { type: OnlineEventType }> {
  return isOnlineEventType(event.type);
}

const clientIdShape = { clientId: ClientIdSchema };
const mutationIdShape = { mutationId: ClientIdSchema };

/** Create: the phone's id for the record; the server keeps it forever to deduplicate. */
export const CreateEventRequestSchema = z.discriminatedUnion('type', [
  z
    .object({ ...offlineFieldsShape, ...clientIdShape })
    .strict()
    .refine(onlyTrainingNamesWorkplaces, workplacesRule),
  z.object({ ...onlineFieldsShape, ...clientIdShape }).strict(),
]);
export type CreateEventRequest = z.infer<typeof CreateEventRequestSchema>;

/** Edit: replaces the fields; `mutationId` makes a resent edit apply once. */
export const UpdateEventRequestSchema = z.discriminatedUnion('type', [
  z
    .object({ ...offlineFieldsShape, ...mutationIdShape })
    .strict()
    .refine(onlyTrainingNamesWorkplaces, workplacesRule),
  z.object({ ...onlineFieldsShape, ...mutationIdShape }).strict(),
]);
export type UpdateEventRequest = z.infer<typeof UpdateEventRequestSchema>;

export const DeleteEventRequestSchema = z.object({ mutationId: ClientIdSchema }).strict();
export type DeleteEventRequest = z.infer<typeof DeleteEventRequestSchema>;

/** `GET /events?campaign=&mine=true`: a campaign's events; `mine`: only the caller's. */
export const EventListQuerySchema = z.object({ campaign: CampaignCodeSchema, mine: z.enum(['true', 'false']).optional() }).strict();
export type EventListQuery = z.input<typeof EventListQuerySchema>;

/** `GET /events/{id}/qr?format=`: PNG unless asked for SVG. */
export const EventQrQuerySchema = z.object({ format: z.enum(['svg', 'png']).default('png') }).strict();

/** What the server adds to an event's fields. */
const recordShape = {
  /** The clientId it was created with. */
  id: z.string(),
  /** 1 on creation, +1 on every edit or deletion. */
  version: z.number().int().min(1),
  unitName: z.string(),
  createdBy: z.string(),
  /** The 工号's name, where the answer carries it (an event's detail). */
  createdByName: z.string().optional(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
};

/** A stored event as the API answers it (unknown fields let pass, as elsewhere in answers). */
export const OutreachEventSchema = z.discriminatedUnion('type', [
  z.object({ ...offlineFieldsShape, ...recordShape }),
  z.object({ ...onlineFieldsShape, ...recordShape }),
]);
export type OutreachEvent = z.infer<typeof OutreachEventSchema>;

export const EventListSchema = z.object({ events: z.array(OutreachEventSchema) });

export const EventChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type EventChange = z.infer<typeof EventChangeSchema>;

export const EventHistoryEntrySchema = z.object({
  version: z.number().int().min(1),
  action: z.enum(['created', 'updated', 'deleted']),
  by: z.string(),
  /** The name of the account `by` names, if it still exists. */
  byName: z.string().optional(),
  at: z.string(),
  changes: z.array(EventChangeSchema),
});
export type EventHistoryEntry = z.infer<typeof EventHistoryEntrySchema>;

export const EventDetailSchema = z.object({ event: OutreachEventSchema, history: z.array(EventHistoryEntrySchema) });
export type EventDetail = z.infer<typeof EventDetailSchema>;

/** Public view of an event for its QR landing page: nothing about staff. */
export const PublicEventViewSchema = z.object({
  id: z.string(),
  campaignCode: z.string(),
  title: z.string(),
  type: EventTypeSchema,
  /** An online event's platform (视频号…) in its place. */
  placeName: z.string(),
  startAt: z.string(),
  unitName: z.string(),
});
export type PublicEventView = z.infer<typeof PublicEventViewSchema>;

/** Where an event was held, in words: its place, or an online event's platform (线上 · 视频号). */
export function eventPlaceLabel(event: { type: EventType; placeName?: string; platform?: OnlinePlatform }): string {
  if (isOnlineEventType(event.type)) return `线上 · ${event.platform ? onlinePlatformLabels[event.platform] : '平台'}`;
  return event.placeName ?? '';
}
