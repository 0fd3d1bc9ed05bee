import * as z from 'zod';
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
export const FeedbackEntrySchema = z.object({
  id: z.string(),
  eventId: z.string().optional(),
  materialId: z.string().optional(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().optional(),
  at: z.string(),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

/** GET /campaigns/{code}/feedback: newest first; the average has two decimals, null without any. */
export const FeedbackListSchema = z.object({
  entries: z.array(FeedbackEntrySchema),
  count: z.number().int().min(0),
  averageRating: z.number().nullable(),
});
export type FeedbackList = z.infer<typeof FeedbackListSchema>;
