import { z } from 'zod';
import { CampaignCodeSchema, LocalDateSchema, MaterialIdSchema } from './common';

export const campaignTypes = ['rights_week_315', 'finance_literacy_month', 'tuesday', 'special'] as const;
export const CampaignTypeSchema = z.enum(campaignTypes);
export type CampaignType = z.infer<typeof CampaignTypeSchema>;

export const campaignTypeLabels: Record<CampaignType, string> = {
  rights_week_315: '“3·15”消费者权益保护教育宣传周',
  finance_literacy_month: '金融知识普及月',
  tuesday: '消保星期二',
  special: '专项宣传',
};

export const CampaignSchema = z
  .object({
    code: CampaignCodeSchema,
    type: CampaignTypeSchema,
    name: z.string().trim().min(2).max(60),
    slogan: z.string().trim().min(2).max(80),
    startDate: LocalDateSchema,
    endDate: LocalDateSchema,
    materialIds: z.array(MaterialIdSchema).max(50),
  })
  .strict()
  .refine((c) => c.startDate <= c.endDate, { message: 'endDate must not be before startDate', path: ['endDate'] });
export type Campaign = z.infer<typeof CampaignSchema>;
