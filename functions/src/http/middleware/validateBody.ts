import type { MiddlewareObj } from '@middy/core';
import { describeIssues } from '@rights-outreach/shared';
import type { z } from 'zod';
import { ValidationError } from '../../errors';

/** Validates the parsed body with a shared zod schema; the handler sees only valid data. */
export function validateBody(schema: z.ZodType): MiddlewareObj<{ body?: unknown }> {
  const validateBodyBefore = async (request: { event: { body?: unknown } }) => {
    const result = schema.safeParse(request.event.body);
    if (!result.success) throw new ValidationError(describeIssues(result.error));
    request.event.body = result.data;
  };
  return { before: validateBodyBefore };
}
