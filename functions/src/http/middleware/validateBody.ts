import type { MiddlewareObj } from '@middy/core';
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

/** `beacons.0.id: Invalid UUID; visitorId: Required` — enough for a developer to fix the call. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}
