import { checkFeedbackFields, feedbackLimits, type FeedbackRequest, type LandingParams } from '@rights-outreach/shared';
import { safeGet, safeSet, type KeyValueStorage } from '../tracker/storage';
import type { FieldErrors } from '../utils/fieldErrors';

export const feedbackDraftsKey = 'ro.feedback.drafts.v1';
export const feedbackSentKey = 'ro.feedback.sent.v1';

/** What the person has typed so far; `clientId` once it was sent (kept while it is unchanged). */
export interface FeedbackDraft {
  rating: number;
  comment: string;
  clientId?: string;
}

export const emptyDraft: FeedbackDraft = { rating: 0, comment: '' };

/** One feedback per campaign and event on this device: the draft and the 感谢 note are kept under it. */
export function feedbackKey(origin: LandingParams): string {
  return `${origin.campaignCode}|${origin.eventId ?? ''}`;
}

/** A draft kept after a failed send (or left half-typed): it comes back when the page opens again. */
export function loadDraft(storage: KeyValueStorage, key: string): FeedbackDraft {
  const drafts = safeGet(storage, feedbackDraftsKey);
  const draft = typeof drafts === 'object' && drafts !== null ? (drafts as Record<string, unknown>)[key] : undefined;
  if (typeof draft !== 'object' || draft === null) return emptyDraft;
  const { rating, comment, clientId } = draft as Partial<FeedbackDraft>;
  return {
    rating: typeof rating === 'number' && Number.isInteger(rating) && rating >= 0 && rating <= 5 ? rating : 0,
    comment: typeof comment === 'string' ? comment.slice(0, feedbackLimits.maxCommentLength) : '',
    ...(typeof clientId === 'string' ? { clientId } : {}),
  };
}

/** Keeps the draft on the device (or forgets it, with null) so nothing typed is lost. */
export function saveDraft(storage: KeyValueStorage, key: string, draft: FeedbackDraft | null): void {
  const stored = safeGet(storage, feedbackDraftsKey);
  const drafts = { ...(typeof stored === 'object' && stored !== null ? (stored as Record<string, FeedbackDraft>) : {}) };
  if (draft && (draft.rating > 0 || draft.comment !== '')) drafts[key] = draft;
  else delete drafts[key];
  safeSet(storage, feedbackDraftsKey, drafts);
}

/**
 * Field errors (rating, comment) in Chinese from the shared rules FeedbackRequestSchema is built
 * from (zod stays out of the main package); null when the draft can be sent.
 */
export function draftErrors(draft: FeedbackDraft): FieldErrors | null {
  return checkFeedbackFields(userPart(draft)) as FieldErrors | null;
}

/** The request body for a draft that passed draftErrors. */
export function feedbackRequest(
  draft: FeedbackDraft & { clientId: string },
  origin: LandingParams,
  visitor: { visitorId: string; visitorToken?: string },
  at: string,
): FeedbackRequest {
  return {
    clientId: draft.clientId,
    campaignCode: origin.campaignCode,
    ...(origin.eventId ? { eventId: origin.eventId } : {}),
    ...(origin.source ? { source: origin.source } : {}),
    ...userPart(draft),
    ...visitor,
    at,
  };
}

function userPart(draft: FeedbackDraft): Pick<FeedbackRequest, 'rating' | 'comment'> {
  const comment = draft.comment.trim();
  return { rating: draft.rating, ...(comment ? { comment } : {}) };
}
