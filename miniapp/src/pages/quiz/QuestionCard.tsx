import { Text, View } from '@tarojs/components';
import type { QuizQuestion } from '@rights-outreach/shared';
import { ariaState } from '../../utils/ariaState';
import { optionLetter } from '../../quiz/useQuiz';
import { keyboardPressable } from '../../utils/keyboardPressable';

interface QuestionCardProps {
  question: QuizQuestion;
  number: number;
  total: number;
  chosen: number | undefined;
  onChoose: (option: number) => void;
}

/** One question with its options as big, full-width choices (one column at any text size). */
export function QuestionCard({ question, number, total, chosen, onChoose }: QuestionCardProps) {
  return (
    <View className="quiz-question card">
      <View className="quiz-question__progress">
        <Text className="quiz-question__count">
          第 {number} 题 / 共 {total} 题
        </Text>
        <View className="quiz-question__bar" ariaRole="presentation">
          <View className="quiz-question__bar-fill" style={{ width: `${Math.round((number / total) * 100)}%` }} />
        </View>
      </View>
      <Text className="quiz-question__text">{question.question}</Text>
      <View className="quiz-options" ariaRole="radiogroup" ariaLabel={`第 ${number} 题的选项`}>
        {question.options.map((option, index) => (
          <View
            key={index}
            className={`quiz-option${chosen === index ? ' quiz-option--chosen' : ''}`}
            hoverClass="quiz-option--pressed"
            ariaRole="radio"
            aria-checked={ariaState(chosen === index)}
            ariaLabel={`${optionLetter(index)}. ${option}`}
            onClick={() => onChoose(index)}
            {...keyboardPressable(() => onChoose(index))}
          >
            <Text className="quiz-option__letter">{optionLetter(index)}</Text>
            <Text className="quiz-option__text">{option}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
