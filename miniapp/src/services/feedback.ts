import type { FeedbackRequest, Stored } from '@rights-outreach/shared';
import { callPublicApi as callApi } from './publicApi';

/**
 * A consumer's rating and comment (POST /public/feedback). Sent under its clientId, so a
 * resend after a lost answer is stored and counted once. Throws ApiError.
 */
export function postFeedback(request: FeedbackRequest): Promise<Stored> {
  return callApi('submitFeedback', { body: request });
}
