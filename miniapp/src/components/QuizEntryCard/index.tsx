import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../utils/keyboardPressable';
import './index.css';

interface QuizEntryCardProps {
  questions: number;
  onOpen: () => void;
}

/** 权益知识小测验 on the landing page: the whole card opens the quiz. */
export function QuizEntryCard({ questions, onOpen }: QuizEntryCardProps) {
  return (
    <View className="quiz-entry" hoverClass="quiz-entry--pressed" ariaRole="link" onClick={onOpen} {...keyboardPressable(onOpen)}>
      <Text className="quiz-entry__title">权益知识小测验</Text>
      <Text className="quiz-entry__summary">{questions} 道题，测一测您的权益知识和防骗本领，答完看解析。</Text>
      <Text className="quiz-entry__more">开始答题 ›</Text>
    </View>
  );
}
