import { useCallback, useMemo, useState } from 'react';
import { feedbackLimits, type LandingParams } from '@rights-outreach/shared';
import { toApiError } from '../services/ApiError';
import { deviceStorage } from '../services/deviceStorage';
import { postFeedback } from '../services/feedback';
import { uuidV4 } from '../tracker/randomIds';
import { deviceMemory } from '../utils/deviceMemory';
import type { FieldErrors } from '../utils/fieldErrors';
import { formatLocalIso } from '../utils/formatLocalIso';
import { sendAsVisitor } from '../utils/sendAsVisitor';
import {
  draftErrors,
  emptyDraft,
  feedbackKey,
  feedbackRequest,
  feedbackSentKey,
  loadDraft,
  saveDraft,
  type FeedbackDraft,
} from './feedbackDraft';

export type FeedbackStatus = 'editing' | 'sending' | 'failed' | 'sent';

export interface Feedback {
  rating: number;
  comment: string;
  status: FeedbackStatus;
  /** Per field (rating, comment) from the shared schema. */
  errors: FieldErrors;
  /** Why the last send failed, in Chinese, when it did. */
  failure: string | null;
  setRating: (rating: number) => void;
  setComment: (comment: string) => void;
  submit: () => void;
}

const sentMemory = () => deviceMemory(deviceStorage, feedbackSentKey);

/**
 * The 1–5 star rating and comment of the landing page. What is typed is kept on the device
 * until the server has stored it: a failed send (no signal) keeps it on screen with a retry,
 * and it comes back if the page is closed first. The server counts the feedback itself, so no
 * beacon is tracked here.
 */
export function useFeedback(origin: LandingParams | null): Feedback {
  const key = origin ? feedbackKey(origin) : null;
  const [draft, setDraft] = useState<FeedbackDraft>(() => (key ? loadDraft(deviceStorage, key) : emptyDraft));
  const [status, setStatus] = useState<FeedbackStatus>(() => (key && sentMemory().at(key) ? 'sent' : 'editing'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const edit = useCallback(
    (change: Partial<FeedbackDraft>) => {
      setDraft((current) => {
        // A changed draft is a new feedback: it gets a new client id when it is sent.
        const next: FeedbackDraft = { rating: current.rating, comment: current.comment, ...change };
        if (key) saveDraft(deviceStorage, key, next);
        return next;
      });
      setErrors((current) => (Object.keys(current).length > 0 ? {} : current));
    },
    [key],
  );

  const setRating = useCallback((rating: number) => edit({ rating }), [edit]);
  const setComment = useCallback((comment: string) => edit({ comment: comment.slice(0, feedbackLimits.maxCommentLength) }), [edit]);

  const submit = useCallback(() => {
    if (!origin || !key || status === 'sending' || status === 'sent') return;
    const invalid = draftErrors(draft);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    // Same id for every resend of the same draft: the server stores and counts it once.
    const sending = { ...draft, clientId: draft.clientId ?? uuidV4() };
    setDraft(sending);
    saveDraft(deviceStorage, key, sending);
    setStatus('sending');
    setFailure(null);
    sendAsVisitor((visitor) => postFeedback(feedbackRequest(sending, origin, visitor, formatLocalIso(new Date())))).then(
      () => {
        saveDraft(deviceStorage, key, null);
        sentMemory().remember(key, formatLocalIso(new Date()));
        setStatus('sent');
      },
      (error: unknown) => {
        const apiError = toApiError(error);
        setFailure(
          apiError.code === 'NETWORK_UNAVAILABLE'
            ? '网络不可用，您的评价已保留在手机上，请稍后点击“重新提交”。'
            : `${apiError.userMessage}。您的评价已保留，可稍后重新提交。`,
        );
        setStatus('failed');
      },
    );
  }, [origin, key, status, draft]);

  return useMemo(
    () => ({ rating: draft.rating, comment: draft.comment, status, errors, failure, setRating, setComment, submit }),
    [draft, status, errors, failure, setRating, setComment, submit],
  );
}
