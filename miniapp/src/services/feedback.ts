import type { FeedbackRequest } from '@rights-outreach/shared';
import { requestJson } from './http';

export interface Stored {
  stored: true;
}

export function isStored(body: unknown): body is Stored {
  return (body as Partial<Stored> | null)?.stored === true;
}

/**
 * A consumer's rating and comment (POST /public/feedback). Sent under its clientId, so a
 * resend after a lost answer is stored and counted once. Throws ApiError.
 */
export function postFeedback(request: FeedbackRequest): Promise<Stored> {
  return requestJson('POST', '/public/feedback', isStored, request);
}
