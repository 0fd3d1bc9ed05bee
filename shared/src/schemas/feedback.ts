import { z } from 'zod';
import { VisitorIdSchema, VisitorTokenSchema } from './beacon';
import { CampaignCodeSchema, ClientIdSchema, MaterialIdSchema, SourceCodeSchema } from './common';

export const feedbackLimits = { maxCommentLength: 500 } as const;

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
    rating: z.number().int().min(1, '请选择 1–5 星').max(5, '请选择 1–5 星'),
    comment: z.string().trim().max(feedbackLimits.maxCommentLength, `意见最多 ${feedbackLimits.maxCommentLength} 字`).optional(),
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
