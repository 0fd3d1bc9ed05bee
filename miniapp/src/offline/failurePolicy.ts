import { userMessageOf } from '@rights-outreach/shared';
import { failureKind, statusOfError } from '../retry/retryPolicy';

/**
 * What the outbox does after a failed send, by the app's one retry policy (../retry/retryPolicy.ts):
 * - retry: no answer, 408, 429 or 5xx — the record is fine, the moment is not. Stop the pass
 *   (order matters) and try again after a back-off.
 * - signIn: 401 — the session is gone. Stop and keep everything until the person signs in.
 * - rejected: any other 4xx (400, 403, 404, 409) — the server read the record and refused it.
 *   Sending it again would only repeat the refusal: mark it failed, keep it, move on.
 */
export type FailureAction = 'retry' | 'signIn' | 'rejected';

/** The little the engine reads from an error (the app's ApiError has all of it). */
interface ErrorLike {
  status?: unknown;
  code?: unknown;
  userMessage?: unknown;
}

export function failureAction(error: unknown): FailureAction {
  const kind = failureKind(error);
  return kind === 'permanent' ? 'rejected' : kind;
}

/** Code, status and the Chinese message to keep with a record that did not go through. */
export function describeFailure(error: unknown): { code: string; status: number; message: string } {
  const { code, userMessage } = (error ?? {}) as ErrorLike;
  const errorCode = typeof code === 'string' ? code : 'INTERNAL';
  return {
    code: errorCode,
    status: statusOfError(error) ?? 0,
    message: typeof userMessage === 'string' && userMessage ? userMessage : userMessageOf(errorCode),
  };
}
