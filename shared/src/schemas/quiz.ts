import * as z from 'zod';
import { MaterialIdSchema } from './common';

/** One multiple-choice question about a right or a case; `answer` indexes `options`. */
export const QuizQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/),
    question: z.string().trim().min(4).max(200),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(4),
    answer: z.number().int().min(0),
    /** Why the right answer is right, in one to three sentences. */
    explanation: z.string().trim().min(4).max(300),
    /** The material (a right or a case) the question is about. */
    topic: MaterialIdSchema,
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { message: 'answer must index one of the options', path: ['answer'] });
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;
