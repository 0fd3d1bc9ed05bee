import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useMemo } from 'react';
import { BrandHeader } from '../../components/BrandHeader';
import { ElderToggle } from '../../components/ElderToggle';
import { PageFooter } from '../../components/PageFooter';
import { Screen } from '../../components/Screen';
import { WideButton } from '../../components/WideButton';
import { useElderMode } from '../../elder/useElderMode';
import { useBackToCampaign } from '../../hooks/useBackToCampaign';
import { useRouteQuery } from '../../hooks/useRouteQuery';
import { useQuiz } from '../../quiz/useQuiz';
import { readQuizEntry } from '../../utils/pageParams';
import { QuestionCard } from './QuestionCard';
import { QuizResultView } from './QuizResultView';
import './index.css';

// A new question or the result starts at the top, or a long page would open mid-way.
const scrollToTop = () => void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);

/** 权益知识小测验: six questions one at a time, then the score, the right answers and why. */
export default function QuizPage() {
  const query = useRouteQuery();
  const campaign = useMemo(() => readQuizEntry(query), [query]);
  const elder = useElderMode();
  const quiz = useQuiz(campaign);
  const backToCampaign = useBackToCampaign(campaign);
  const { questions, index, answers, result } = quiz;

  useEffect(scrollToTop, [index, result]);

  const current = questions[index];
  return (
    <Screen elder={elder}>
      <BrandHeader
        eyebrow="消费者权益保护"
        title="权益知识小测验"
        subtitle={result ? '看看哪些题答对了，每题都有解析' : `共 ${questions.length} 题，每题选一个答案`}
        action={<ElderToggle on={elder.on} onToggle={elder.toggle} />}
      />
      <View className="screen__body quiz__body" ariaRole="main">
        {result ? (
          <>
            <QuizResultView questions={questions} result={result} />
            <View className="quiz__actions">
              <WideButton className="quiz__again" text="再来一次" onClick={quiz.again} />
              {backToCampaign ? <WideButton variant="secondary" text="返回活动页" onClick={backToCampaign} /> : null}
            </View>
          </>
        ) : current ? (
          <>
            <QuestionCard
              question={current}
              number={index + 1}
              total={questions.length}
              chosen={answers[current.id]}
              onChoose={quiz.choose}
            />
            {quiz.needsChoice ? (
              <View className="quiz__needs-choice" ariaRole="alert">
                请先选择一个答案
              </View>
            ) : null}
            <View className="quiz__actions">
              <WideButton className="quiz__next" text={index < questions.length - 1 ? '下一题' : '提交答案'} onClick={quiz.next} />
              {index > 0 ? <WideButton variant="secondary" text="上一题" onClick={quiz.previous} /> : null}
            </View>
          </>
        ) : null}
      </View>
      <PageFooter />
    </Screen>
  );
}
