/**
 * Questions per attempt: long enough to teach something, short enough for one sitting. Apart from
 * the quiz itself so the landing page's entry card quotes it without loading the question bank.
 */
export const questionsPerQuiz = 6;
