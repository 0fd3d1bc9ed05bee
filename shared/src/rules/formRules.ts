import type { PatternRule } from './textRules';

/** Field name → its message, for the fields that are wrong; null when everything is right. */
export type FieldMessages<K extends string> = Partial<Record<K, string>> | null;

export const feedbackLimits = { maxCommentLength: 500 } as const;

export const feedbackRules = {
  ratingMessage: '请选择 1–5 星',
  commentMessage: `意见最多 ${feedbackLimits.maxCommentLength} 字`,
} as const;

/** The rating and comment a consumer gives, checked as FeedbackRequestSchema checks them. */
export function checkFeedbackFields(fields: { rating: unknown; comment?: unknown }): FieldMessages<'rating' | 'comment'> {
  const errors: Partial<Record<'rating' | 'comment', string>> = {};
  const { rating, comment } = fields;
  if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) errors.rating = feedbackRules.ratingMessage;
  if (comment !== undefined && (typeof comment !== 'string' || comment.trim().length > feedbackLimits.maxCommentLength)) {
    errors.comment = feedbackRules.commentMessage;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Shown above the sign-up form; the person must agree before anything is stored. */
export const signupConsentText =
  '我同意主办方为组织本次活动使用我填写的姓名和手机号（均为选填），仅用于活动通知和现场签到；手机号加密保存，活动结束后按规定期限自动删除，不用于营销，不提供给第三方。';

/** Mainland mobile numbers: 11 digits starting with 1. */
export const phoneRule: PatternRule = { pattern: /^1[3-9]\d{9}$/, message: '请输入 11 位手机号，或留空' };

export const signupRules = {
  maxNameLength: 20,
  nameMessage: '姓名最多 20 个字',
  consentMessage: '请先阅读并同意信息使用说明',
} as const;

/** Name, phone and consent of a sign-up, checked as SignupRequestSchema checks them (values are trimmed first). */
export function checkSignupFields(fields: {
  name?: unknown;
  phone?: unknown;
  consent: unknown;
}): FieldMessages<'name' | 'phone' | 'consent'> {
  const errors: Partial<Record<'name' | 'phone' | 'consent', string>> = {};
  const { name, phone, consent } = fields;
  if (name !== undefined) {
    const trimmed = typeof name === 'string' ? name.trim() : null;
    if (trimmed === null || trimmed.length < 1 || trimmed.length > signupRules.maxNameLength) errors.name = signupRules.nameMessage;
  }
  if (phone !== undefined && (typeof phone !== 'string' || !phoneRule.pattern.test(phone.trim()))) errors.phone = phoneRule.message;
  if (consent !== true) errors.consent = signupRules.consentMessage;
  return Object.keys(errors).length > 0 ? errors : null;
}
