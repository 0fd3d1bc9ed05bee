import { Text, View } from '@tarojs/components';
import './index.css';

interface DoneNoteProps {
  title: string;
  hint: string;
  /** The block's own box (margins, padding, background) where it sits inside a larger card. */
  className?: string;
}

/** ✓ and a short 成功 message, where a form or a tap has gone through (报名, 签到, 评价). */
export function DoneNote({ title, hint, className }: DoneNoteProps) {
  return (
    <View className={className ? `done-note ${className}` : 'done-note'}>
      <Text className="done-note__mark">✓</Text>
      <View className="done-note__text">
        <Text className="done-note__title">{title}</Text>
        <Text className="done-note__hint">{hint}</Text>
      </View>
    </View>
  );
}
