import { FeedbackRequestSchema, feedbackLimits, type LandingParams } from '@rights-outreach/shared';
import { draftErrors, emptyDraft, feedbackKey, feedbackRequest, loadDraft, saveDraft } from '../../../miniapp/src/feedback/feedbackDraft';
import { memoryStorage } from './support/memoryStorage';

const origin: LandingParams = { campaignCode: 'rights-week-2026', source: 'counter', eventId: '3b241101-e2bb-4255-8caf-4136c566a962' };
const visitor = { visitorId: 'AbCdEfGhIjKlMnOpQrStUv' };
const clientId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const at = '2026-03-15T10:00:00.000+08:00';

describe('feedback form', () => {
  it('asks for a rating in Chinese before anything is sent', () => {
    expect(draftErrors({ rating: 0, comment: '很好' })).toEqual({ rating: '请选择 1–5 星' });
  });

  it('refuses a comment over 500 characters with the shared message', () => {
    const errors = draftErrors({ rating: 4, comment: '好'.repeat(feedbackLimits.maxCommentLength + 1) });
    expect(errors).toEqual({ comment: `意见最多 ${feedbackLimits.maxCommentLength} 字` });
  });

  it('builds a request the API schema accepts, leaving out a blank comment', () => {
    const withComment = feedbackRequest({ rating: 4, comment: '  讲得很清楚 ', clientId }, origin, visitor, at);
    const blank = feedbackRequest({ rating: 5, comment: '   ', clientId }, origin, visitor, at);

    expect(FeedbackRequestSchema.parse(withComment)).toEqual({
      clientId,
      campaignCode: origin.campaignCode,
      eventId: origin.eventId,
      source: 'counter',
      rating: 4,
      comment: '讲得很清楚',
      visitorId: visitor.visitorId,
      at,
    });
    expect(FeedbackRequestSchema.safeParse(blank).success).toBe(true);
    expect(blank).not.toHaveProperty('comment');
  });
});

describe('feedback draft on the device', () => {
  it('comes back after the page is closed, with the client id of its last send', () => {
    const storage = memoryStorage();
    const key = feedbackKey(origin);
    saveDraft(storage, key, { rating: 4, comment: '讲解清楚', clientId });

    expect(loadDraft(storage, key)).toEqual({ rating: 4, comment: '讲解清楚', clientId });
    expect(loadDraft(storage, feedbackKey({ campaignCode: 'other-campaign' }))).toEqual(emptyDraft);
  });

  it('is forgotten once stored by the server', () => {
    const storage = memoryStorage();
    const key = feedbackKey(origin);
    saveDraft(storage, key, { rating: 4, comment: '讲解清楚' });
    saveDraft(storage, key, null);

    expect(loadDraft(storage, key)).toEqual(emptyDraft);
  });

  it('reads a damaged draft as empty rather than failing the page', () => {
    const storage = memoryStorage();
    storage.set('ro.feedback.drafts.v1', { [feedbackKey(origin)]: { rating: 'five', comment: 42 } });

    expect(loadDraft(storage, feedbackKey(origin))).toEqual(emptyDraft);
  });
});
