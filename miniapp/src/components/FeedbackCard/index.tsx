import { Text, Textarea, View } from '@tarojs/components';
import { feedbackLimits } from '@rights-outreach/shared';
import { ariaState } from '../../utils/ariaState';
import type { Feedback } from '../../feedback/useFeedback';
import { keyboardPressable } from '../../utils/keyboardPressable';
import { DoneNote } from '../DoneNote';
import { WideButton } from '../WideButton';
import './index.css';

const ratingWords = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];
const stars = [1, 2, 3, 4, 5];
const commentLabel = '您的意见或建议（选填）';
// H5 wraps a native textarea: its accessible name goes on that element, not on the wrapper.
const isH5 = process.env.TARO_ENV === 'h5';
const commentNativeProps = isH5 ? { 'aria-label': commentLabel } : undefined;

/** 评价: five big stars, an optional comment with a live count, and what became of the send. */
export function FeedbackCard({ feedback }: { feedback: Feedback }) {
  const { rating, comment, status, errors, failure } = feedback;
  if (status === 'sent') {
    return (
      <View className="feedback-card card card--done" ariaRole="status">
        <DoneNote title="感谢您的评价" hint="您的意见将帮助我们把宣传服务做得更好" />
      </View>
    );
  }
  const sending = status === 'sending';
  return (
    <View className="feedback-card card" ariaRole="region" ariaLabel="评价本次宣传">
      <Text className="feedback-card__title">您对本次宣传满意吗？</Text>
      <View className="feedback-card__stars" ariaRole="radiogroup" ariaLabel="评分">
        {stars.map((value) => (
          <View
            key={value}
            className={`feedback-star${value <= rating ? ' feedback-star--on' : ''}`}
            hoverClass="feedback-star--pressed"
            ariaRole="radio"
            ariaLabel={`${value} 星`}
            aria-checked={ariaState(value === rating)}
            onClick={() => feedback.setRating(value)}
            {...keyboardPressable(() => feedback.setRating(value), !sending)}
          >
            <Text className="feedback-star__glyph">★</Text>
          </View>
        ))}
      </View>
      <Text className={`feedback-card__rating${errors.rating ? ' feedback-card__rating--error' : ''}`}>
        {errors.rating ?? (rating > 0 ? `${rating} 星 · ${ratingWords[rating]}` : '请点击星星打分（1–5 星）')}
      </Text>
      <Text className="feedback-card__label">{commentLabel}</Text>
      <Textarea
        className="feedback-card__comment"
        value={comment}
        placeholder="例如：讲解清楚、资料实用，或希望了解的内容"
        placeholderClass="feedback-card__placeholder"
        maxlength={feedbackLimits.maxCommentLength}
        disabled={sending}
        ariaLabel={isH5 ? undefined : commentLabel}
        nativeProps={commentNativeProps}
        onInput={(event) => feedback.setComment(event.detail.value)}
        autoHeight
      />
      <View className="feedback-card__meta">
        {errors.comment ? <Text className="feedback-card__error">{errors.comment}</Text> : <Text />}
        <Text className="feedback-card__counter">
          {comment.length}/{feedbackLimits.maxCommentLength}
        </Text>
      </View>
      {failure ? (
        <View className="feedback-card__failure" ariaRole="alert">
          {failure}
        </View>
      ) : null}
      <View className="feedback-card__action">
        <WideButton
          className="feedback-card__submit"
          text={sending ? '正在提交…' : status === 'failed' ? '重新提交' : '提交评价'}
          disabled={sending}
          onClick={feedback.submit}
        />
      </View>
    </View>
  );
}
