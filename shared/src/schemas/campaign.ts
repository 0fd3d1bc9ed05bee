import { z } from 'zod';
import { CampaignCodeSchema, LocalDateSchema, MaterialIdSchema } from './common';
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

/** Whether a campaign runs on a given Asia/Shanghai date. */
export function isActiveOn(campaign: Pick<Campaign, 'startDate' | 'endDate'>, date: string): boolean {
  return campaign.startDate <= date && date <= campaign.endDate;
}
