import * as z from 'zod';
import { CampaignCodeSchema, ClientIdSchema, LocalDateSchema, MaterialIdSchema, SourceCodeSchema } from './common';
import { TargetGroupListSchema } from './targetGroups';

export const campaignTypes = ['rights_week_315', 'finance_literacy_month', 'tuesday', 'special'] as const;
export const CampaignTypeSchema = z.enum(campaignTypes);
export type CampaignType = z.infer<typeof CampaignTypeSchema>;

export const campaignTypeLabels: Record<CampaignType, string> = {
  rights_week_315: '“3·15”消费者权益保护教育宣传周',
  finance_literacy_month: '金融知识普及月',
  tuesday: '消保星期二',
  special: '专项宣传',
};

const CampaignFieldsSchema = z
  .object({
    code: CampaignCodeSchema,
    type: CampaignTypeSchema,
    name: z.string().trim().min(2, '名称至少 2 个字').max(60, '名称最多 60 个字'),
    slogan: z.string().trim().min(2, '主题口号至少 2 个字').max(80, '主题口号最多 80 个字'),
    /** Asia/Shanghai calendar dates, both inclusive. */
    startDate: LocalDateSchema,
    endDate: LocalDateSchema,
    targetGroups: TargetGroupListSchema.default([]),
    materialIds: z.array(MaterialIdSchema).max(50),
  })
  .strict();

const datesInOrder = (c: { startDate: string; endDate: string }) => c.startDate <= c.endDate;
const datesMessage = { message: '结束日期不能早于开始日期', path: ['endDate'] };

export const CampaignSchema = CampaignFieldsSchema.refine(datesInOrder, datesMessage);
export type Campaign = z.infer<typeof CampaignSchema>;

/** Admin creates a campaign; the code is printed on QR codes and never changes. */
export const CreateCampaignRequestSchema = CampaignSchema;
export type CreateCampaignRequest = z.input<typeof CreateCampaignRequestSchema>;

export const UpdateCampaignRequestSchema = CampaignFieldsSchema.omit({ code: true }).refine(datesInOrder, datesMessage);
export type UpdateCampaignRequest = z.input<typeof UpdateCampaignRequestSchema>;

/** A campaign as the API answers it (unknown fields let pass: see MaterialViewSchema). */
export const CampaignViewSchema = z.object(CampaignFieldsSchema.shape);

export const CampaignListSchema = z.object({ campaigns: z.array(CampaignViewSchema) });

/** What the public landing page, the report and its list show of a campaign. */
export const CampaignHeaderSchema = CampaignViewSchema.pick({
  code: true,
  type: true,
  name: true,
  slogan: true,
  startDate: true,
  endDate: true,
});

export const qrFormats = ['svg', 'png'] as const;

/**
 * `GET /public/campaigns/{code}/qr`: the image format, and what the landing link carries — the
 * source `s`, an event `e` of the campaign, a material `m` (a consumer's share poster).
 */
export const CampaignQrQuerySchema = z
  .object({
    format: z.enum(qrFormats).default('svg'),
    s: SourceCodeSchema.optional(),
    e: ClientIdSchema.optional(),
    m: MaterialIdSchema.optional(),
  })
  .strict();
export type CampaignQrQuery = z.input<typeof CampaignQrQuerySchema>;

/** Whether a campaign runs on a given Asia/Shanghai date. */
export function isActiveOn(campaign: Pick<Campaign, 'startDate' | 'endDate'>, date: string): boolean {
  return campaign.startDate <= date && date <= campaign.endDate;
}
