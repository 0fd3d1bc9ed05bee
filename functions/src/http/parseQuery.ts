import type { z } from 'zod';
import { ValidationError } from '../errors';
import { describeIssues } from './middleware/validateBody';

/** The query string checked with its shared schema; anything else is a 400, never a 500. */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: Record<string, string | undefined>): z.infer<Schema> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new ValidationError(describeIssues(parsed.error));
  return parsed.data;
}
