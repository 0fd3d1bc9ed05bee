import * as z from 'zod';
import { VisitorIdSchema, VisitorTokenSchema } from './beacon';
import { phoneRule, signupRules } from '../rules/formRules';
import { CampaignCodeSchema, ClientIdSchema, SourceCodeSchema } from './common';

/** Mainland mobile numbers: 11 digits starting with 1. */
export const PhoneSchema = z.string().trim().regex(phoneRule.pattern, phoneRule.message);

/** POST /public/signups: signing up for an event through its link (报名). */
export const SignupRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    campaignCode: CampaignCodeSchema,
    eventId: ClientIdSchema,
    source: SourceCodeSchema.optional(),
    name: z.string().trim().min(1).max(signupRules.maxNameLength, signupRules.nameMessage).optional(),
    phone: PhoneSchema.optional(),
    /** Must be true: the person ticked the consent text above. */
    consent: z.literal(true, { error: signupRules.consentMessage }),
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
