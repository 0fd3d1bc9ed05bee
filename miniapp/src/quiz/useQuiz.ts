import { useCallback, useMemo, useRef, useState } from 'react';
import { drawQuiz, quizBank, scoreQuiz, type LandingParams, type QuizQuestion, type QuizResult } from '@rights-outreach/shared';
import { getTracker } from '../tracker';
import { questionsPerQuiz } from './quizLength';

export { questionsPerQuiz };

export interface Quiz {
  questions: QuizQuestion[];
  /** The question on screen (0-based) while answering. */
  index: number;
  /** Option chosen per question id. */
  answers: Record<string, number>;
  /** Set once the attempt is submitted. */
  result: QuizResult | null;
  /** Tapped 下一题 / 提交 without choosing: ask for a choice. */
  needsChoice: boolean;
  choose: (option: number) => void;
  next: () => void;
  previous: () => void;
  /** 再来一次: a new draw from the bank. */
  again: () => void;
}

/**
 * One attempt at the rights quiz at a time: six questions drawn from the shared bank, answered
 * one by one, then scored with the right answers and explanations. Each submitted attempt
 * counts one `quiz_complete` for the campaign the visitor came with (none without one).
 */
export function useQuiz(campaign: LandingParams | null, draw: () => QuizQuestion[] = drawSix): Quiz {
  const [questions, setQuestions] = useState(draw);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const [needsChoice, setNeedsChoice] = useState(false);
  // The attempt already counted: a double tap on 提交 must not count it twice.
  const counted = useRef<QuizQuestion[] | null>(null);

  const current = questions[index];

  const choose = useCallback(
    (option: number) => {
      if (!current || result) return;
      setAnswers((given) => ({ ...given, [current.id]: option }));
      setNeedsChoice(false);
    },
    [current, result],
  );

  const next = useCallback(() => {
    if (!current || result) return;
    if (answers[current.id] === undefined) {
      setNeedsChoice(true);
      return;
    }
    if (index < questions.length - 1) {
      setIndex(index + 1);
      return;
    }
    setResult(scoreQuiz(questions, answers));
    if (campaign && counted.current !== questions) {
      counted.current = questions;
      const tracker = getTracker();
      tracker.track(campaign, { kind: 'quiz_complete', target: { type: 'quiz' } });
      void tracker.flush();
    }
  }, [current, result, answers, index, questions, campaign]);

  const previous = useCallback(() => {
    setNeedsChoice(false);
    setIndex((at) => Math.max(0, at - 1));
  }, []);

  const again = useCallback(() => {
    setQuestions(draw());
    setIndex(0);
    setAnswers({});
    setResult(null);
    setNeedsChoice(false);
  }, [draw]);

  return useMemo(
    () => ({ questions, index, answers, result, needsChoice, choose, next, previous, again }),
    [questions, index, answers, result, needsChoice, choose, next, previous, again],
  );
}

function drawSix(): QuizQuestion[] {
  return drawQuiz(quizBank, questionsPerQuiz);
}

/** A, B, C, D: how options are named on screen and in the answers. */
export const optionLetter = (option: number): string => String.fromCharCode(65 + option);
