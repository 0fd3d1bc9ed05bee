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
} as const;
export type EventTypeGroup = keyof typeof eventTypeGroups;

export const eventTypes = [...eventTypeGroups.five_entries, ...eventTypeGroups.self_organised, ...eventTypeGroups.internal] as const;
export const EventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof EventTypeSchema>;

export const eventTypeGroupLabels: Record<EventTypeGroup, string> = {
  five_entries: '五进入',
  self_organised: '自主特色宣传',
  internal: '内部培训',
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

/** Every field staff enter for an event: one schema for the form and the API. */
export const EventFieldsSchema = z
  .object({
    campaignCode: CampaignCodeSchema,
    type: EventTypeSchema,
    unitId: OrgUnitIdSchema,
    title: z.string().trim().min(2, '活动名称至少 2 个字').max(40, '活动名称最多 40 个字'),
    startAt: z.iso.datetime({ offset: true, error: '请选择开始时间' }),
    placeName: z.string().trim().min(2, '地点至少 2 个字').max(60, '地点最多 60 个字'),
    location: GeoPointSchema.optional(),
    targetGroups: TargetGroupListSchema,
    staffPresent: count(1_000, '参与员工人数'),
    headcount: count(100_000, '现场参与人数'),
    coverage: CoverageSchema,
    printed: PrintedMaterialsSchema,
    displayAreas: count(100, '展区数量'),
    notes: z.string().trim().max(500, '备注最多 500 字').optional(),
  })
  .strict();
export type EventFields = z.infer<typeof EventFieldsSchema>;

/** Create: the phone's id for the record; the server keeps it forever to deduplicate. */
export const CreateEventRequestSchema = EventFieldsSchema.extend({ clientId: ClientIdSchema }).strict();
export type CreateEventRequest = z.infer<typeof CreateEventRequestSchema>;

/** Edit: replaces the fields; `mutationId` makes a resent edit apply once. */
export const UpdateEventRequestSchema = EventFieldsSchema.extend({ mutationId: ClientIdSchema }).strict();
export type UpdateEventRequest = z.infer<typeof UpdateEventRequestSchema>;

export const DeleteEventRequestSchema = z.object({ mutationId: ClientIdSchema }).strict();
export type DeleteEventRequest = z.infer<typeof DeleteEventRequestSchema>;

/** `GET /events?campaign=&mine=true`: a campaign's events; `mine`: only the caller's. */
export const EventListQuerySchema = z.object({ campaign: CampaignCodeSchema, mine: z.enum(['true', 'false']).optional() }).strict();
export type EventListQuery = z.input<typeof EventListQuerySchema>;

/** `GET /events/{id}/qr?format=`: PNG unless asked for SVG. */
export const EventQrQuerySchema = z.object({ format: z.enum(['svg', 'png']).default('png') }).strict();

export const OutreachEventSchema = z.object({
  ...EventFieldsSchema.shape,
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
});
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
  placeName: z.string(),
  startAt: z.string(),
  unitName: z.string(),
});
export type PublicEventView = z.infer<typeof PublicEventViewSchema>;
