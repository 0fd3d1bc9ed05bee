import { Text, View } from '@tarojs/components';
import type { QuizQuestion, QuizResult } from '@rights-outreach/shared';
import { optionLetter } from '../../quiz/useQuiz';

interface QuizResultViewProps {
  questions: QuizQuestion[];
  result: QuizResult;
}

function verdict({ correct, total }: QuizResult): string {
  if (correct === total) return '全部答对，您的权益知识很扎实！';
  if (correct >= Math.ceil(total * 0.6)) return '答得不错，看看下面的解析，巩固一下。';
  return '别灰心，看看下面的正确答案和解析，下次一定更好。';
}

const optionText = (question: QuizQuestion, option: number): string => `${optionLetter(option)}. ${question.options[option] ?? ''}`;

/** The score, then every question with the right answer, the visitor's choice when wrong, and why. */
export function QuizResultView({ questions, result }: QuizResultViewProps) {
  return (
    <View className="quiz-result">
      <View className="quiz-score card" ariaRole="status">
        <Text className="quiz-score__figure">
          答对 {result.correct} / {result.total} 题
        </Text>
        <Text className="quiz-score__verdict">{verdict(result)}</Text>
      </View>
      {result.perQuestion.map((entry, index) => {
        const question = questions.find((q) => q.id === entry.id);
        if (!question) return null;
        return (
          <View key={entry.id} className={`quiz-review${entry.correct ? ' quiz-review--right' : ' quiz-review--wrong'}`}>
            <Text className="quiz-review__verdict">
              第 {index + 1} 题 · {entry.correct ? '✓ 答对了' : '✗ 答错了'}
            </Text>
            <Text className="quiz-review__question">{question.question}</Text>
            <Text className="quiz-review__answer">正确答案：{optionText(question, entry.answer)}</Text>
            {!entry.correct ? (
              <Text className="quiz-review__chosen">您的选择：{entry.chosen === null ? '未作答' : optionText(question, entry.chosen)}</Text>
            ) : null}
            <Text className="quiz-review__explanation">解析：{entry.explanation}</Text>
          </View>
        );
      })}
    </View>
  );
}
