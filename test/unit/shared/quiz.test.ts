import {
  caseMaterials,
  drawQuiz,
  type QuizQuestion,
  QuizQuestionSchema,
  quizBank,
  quizLimits,
  rightsMaterials,
  scoreQuiz,
} from '@rights-outreach/shared';

/** mulberry32: a small seeded generator, so a draw can be replayed exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function aQuestion(id: string, answer = 0): QuizQuestion {
  return { id, question: `问题${id}？`, options: ['甲', '乙', '丙'], answer, explanation: '因为如此。', topic: 'right-to-know' };
}

const materialIds = new Set([...rightsMaterials, ...caseMaterials].map((m) => m.id));

describe('quiz bank', () => {
  it('holds enough questions for several different quizzes', () => {
    expect(quizBank.length).toBeGreaterThanOrEqual(20);
  });

  it.each(quizBank.map((q) => [q.id, q] as const))('%s is a well-formed question', (_id, question) => {
    expect(QuizQuestionSchema.safeParse(question).error).toBeUndefined();
    expect(Number.isInteger(question.answer)).toBe(true);
    expect(question.answer).toBeGreaterThanOrEqual(0);
    expect(question.answer).toBeLessThan(question.options.length);
    expect(question.explanation.trim()).not.toBe('');
    expect(materialIds.has(question.topic)).toBe(true);
    expect(new Set(question.options).size).toBe(question.options.length);
  });

  it('gives every question its own id', () => {
    const ids = quizBank.map((q) => q.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks about every right and every case', () => {
    const topics = new Set(quizBank.map((q) => q.topic));

    for (const id of materialIds) expect([id, topics.has(id)]).toEqual([id, true]);
  });

  it('does not always hide the right answer in the same place', () => {
    const positions = new Set(quizBank.map((q) => q.answer));

    expect(positions.size).toBeGreaterThanOrEqual(3);
  });
});

describe('drawQuiz', () => {
  it.each([5, 6, 7, 8, 9, 10])('draws %i distinct questions from the bank', (count) => {
    const quiz = drawQuiz(quizBank, count);

    expect(quiz).toHaveLength(count);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(count);
    for (const question of quiz) expect(quizBank).toContain(question);
  });

  it('keeps each question’s options in their original order', () => {
    const quiz = drawQuiz(quizBank, quizLimits.maxQuestions, seeded(7));

    for (const question of quiz) {
      expect(question.options).toEqual(quizBank.find((q) => q.id === question.id)!.options);
    }
  });

  it.each([0, 4, 11, 5.5, Number.NaN])('refuses a quiz of %p questions', (count) => {
    expect(() => drawQuiz(quizBank, count)).toThrow(RangeError);
  });

  it('refuses to draw more questions than the bank holds', () => {
    const small = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => aQuestion(id));

    expect(drawQuiz(small, 6)).toHaveLength(6);
    expect(() => drawQuiz(small, 7)).toThrow(RangeError);
  });

  it('never repeats a question even when the bank lists it twice', () => {
    const repeated = ['b1', 'b2', 'b3', 'b4', 'b5', 'b1'].map((id) => aQuestion(id));

    expect(new Set(drawQuiz(repeated, 5).map((q) => q.id)).size).toBe(5);
    expect(() => drawQuiz(repeated, 6)).toThrow(RangeError);
  });

  it('draws the same quiz from the same seed, and varies with the seed', () => {
    const ids = (seed: number) => drawQuiz(quizBank, 8, seeded(seed)).map((q) => q.id);

    expect(ids(42)).toEqual(ids(42));
    expect(new Set([1, 2, 3, 4, 5].map((seed) => ids(seed).join())).size).toBeGreaterThan(1);
  });

  it('copes with a generator that returns values at the edges of [0, 1)', () => {
    expect(new Set(drawQuiz(quizBank, 10, () => 0).map((q) => q.id)).size).toBe(10);
    expect(new Set(drawQuiz(quizBank, 10, () => 0.9999999999).map((q) => q.id)).size).toBe(10);
  });

  it('leaves the bank itself untouched', () => {
    const before = quizBank.map((q) => q.id);
    drawQuiz(quizBank, 10, seeded(3));

    expect(quizBank.map((q) => q.id)).toEqual(before);
  });
});

describe('scoreQuiz', () => {
  const questions = [aQuestion('c1', 0), aQuestion('c2', 1), aQuestion('c3', 2), aQuestion('c4', 1), aQuestion('c5', 0)];

  it('counts right answers and shows the right answer with its explanation', () => {
    const result = scoreQuiz(questions, { c1: 0, c2: 1, c3: 0, c4: 1, c5: 2 });

    expect(result.correct).toBe(3);
    expect(result.total).toBe(5);
    expect(result.perQuestion[2]).toEqual({ id: 'c3', chosen: 0, correct: false, answer: 2, explanation: '因为如此。' });
  });

  it('counts unanswered questions as wrong', () => {
    const result = scoreQuiz(questions, { c1: 0 });

    expect(result.correct).toBe(1);
    expect(result.total).toBe(5);
    expect(result.perQuestion.slice(1).every((entry) => entry.chosen === null && !entry.correct)).toBe(true);
  });

  it('treats an index that names no option as unanswered', () => {
    const result = scoreQuiz(questions, { c1: 7, c2: -1, c3: 1.5 });

    expect(result.correct).toBe(0);
    expect(result.perQuestion.slice(0, 3).map((entry) => entry.chosen)).toEqual([null, null, null]);
  });

  it('ignores answers to questions that were not asked', () => {
    const result = scoreQuiz(questions.slice(0, 2), { c1: 0, c2: 1, other: 0 });

    expect(result).toMatchObject({ correct: 2, total: 2 });
    expect(result.perQuestion.map((entry) => entry.id)).toEqual(['c1', 'c2']);
  });

  it('scores every bank question right when given its answers', () => {
    const answers = Object.fromEntries(quizBank.map((q) => [q.id, q.answer]));

    expect(scoreQuiz(quizBank, answers).correct).toBe(quizBank.length);
  });
});
