import { z } from 'zod';
import { VisitorIdSchema, VisitorTokenSchema } from './beacon';
import { feedbackLimits, feedbackRules } from '../rules/formRules';
import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, SourceCodeSchema } from './common';

/**
 * POST /public/feedback: a consumer's 1–5 rating and optional comment on a campaign (or one
 * of its events). Sent under a client id, so a resend is stored and counted once.
 */
export const FeedbackRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    campaignCode: CampaignCodeSchema,
    eventId: ClientIdSchema.optional(),
    source: SourceCodeSchema.optional(),
    /** What the person was reading when they rated. */
    materialId: MaterialIdSchema.optional(),
    rating: z.number().int().min(1, feedbackRules.ratingMessage).max(5, feedbackRules.ratingMessage),
    comment: z.string().trim().max(feedbackLimits.maxCommentLength, feedbackRules.commentMessage).optional(),
    visitorId: VisitorIdSchema,
    visitorToken: VisitorTokenSchema.optional(),
    /** When it was written on the phone (ISO 8601 with offset). */
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/** One feedback as marketing reads it: nothing that identifies the person. */
export interface FeedbackEntry {
  id: string;
  eventId?: string;
  materialId?: string;
  rating: number;
  comment?: string;
  at: string;
}
