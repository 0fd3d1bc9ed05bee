import { z } from 'zod';
import { VisitorIdSchema, VisitorTokenSchema } from './beacon';
import { CampaignCodeSchema, ClientIdSchema, SourceCodeSchema } from './common';

/** Shown above the sign-up form; the person must agree before anything is stored. */
export const signupConsentText =
  '我同意主办方为组织本次活动使用我填写的姓名和手机号（均为选填），仅用于活动通知和现场签到；手机号加密保存，活动结束后按规定期限自动删除，不用于营销，不提供给第三方。';

/** Mainland mobile numbers: 11 digits starting with 1. */
export const PhoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号，或留空');

/** POST /public/signups: signing up for an event through its link (报名). */
export const SignupRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    campaignCode: CampaignCodeSchema,
    eventId: ClientIdSchema,
    source: SourceCodeSchema.optional(),
    name: z.string().trim().min(1).max(20, '姓名最多 20 个字').optional(),
    phone: PhoneSchema.optional(),
    /** Must be true: the person ticked the consent text above. */
    consent: z.literal(true, { error: '请先阅读并同意信息使用说明' }),
    visitorId: VisitorIdSchema,
    visitorToken: VisitorTokenSchema.optional(),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type SignupRequest = z.infer<typeof SignupRequestSchema>;

/** What marketing sees of an event's sign-ups: numbers only. */
export const SignupSummarySchema = z.object({
  eventId: z.string(),
  signups: z.number().int().min(0),
  withPhone: z.number().int().min(0),
});
export type SignupSummary = z.infer<typeof SignupSummarySchema>;

/** The answer to a feedback or sign-up: stored (201 the first time, 200 when resent). */
export const StoredSchema = z.object({ stored: z.literal(true) });
export type Stored = z.infer<typeof StoredSchema>;
