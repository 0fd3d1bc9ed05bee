// No zod here: the quiz page (weapp main package) draws and scores without it.
import type { QuizQuestion } from './schemas/quiz';

export type { QuizQuestion } from './schemas/quiz';

/** How many questions one quiz may draw: long enough to teach, short enough to finish on a phone. */
export const quizLimits = { minQuestions: 5, maxQuestions: 10 } as const;

/** Draws `count` (5–10) distinct questions, options kept in order; `random` returns [0,1). */
export function drawQuiz(bank: QuizQuestion[], count: number, random: () => number = Math.random): QuizQuestion[] {
  if (!Number.isInteger(count) || count < quizLimits.minQuestions || count > quizLimits.maxQuestions) {
    throw new RangeError(`a quiz has ${quizLimits.minQuestions}–${quizLimits.maxQuestions} questions, not ${count}`);
  }
  // Distinct by id, so a bank that repeats a question cannot repeat it in one quiz.
  const pool = [...new Map(bank.map((question) => [question.id, question])).values()];
  if (count > pool.length) throw new RangeError(`the bank holds ${pool.length} distinct questions, fewer than ${count}`);
  // Partial Fisher–Yates: the first `count` slots end up a uniform sample without replacement.
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.min(Math.floor(random() * (pool.length - i)), pool.length - i - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export interface QuizResult {
  correct: number;
  total: number;
  perQuestion: { id: string; chosen: number | null; correct: boolean; answer: number; explanation: string }[];
}

/** Scores answers (question id → chosen option index); unanswered count as wrong. */
export function scoreQuiz(questions: QuizQuestion[], answers: Record<string, number>): QuizResult {
  const perQuestion = questions.map((question) => {
    // Own keys only (no Object.hasOwn: older WeChat runtimes lack it), so 'constructor' is no answer.
    const given = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
    // An index that names no option is treated like no answer at all.
    const chosen = typeof given === 'number' && Number.isInteger(given) && given >= 0 && given < question.options.length ? given : null;
    return {
      id: question.id,
      chosen,
      correct: chosen === question.answer,
      answer: question.answer,
      explanation: question.explanation,
    };
  });
  return { correct: perQuestion.filter((entry) => entry.correct).length, total: questions.length, perQuestion };
}
