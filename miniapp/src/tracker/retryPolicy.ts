import { failureKind } from '../retry/retryPolicy';

/**
 * Whether the server refused the batch's visitor token (forged or expired): 401
 * VISITOR_TOKEN_INVALID. The beacons are fine; a new token makes the same batch succeed.
 */
export function isVisitorTokenRefused(error: unknown): boolean {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return status === 401 && code === 'VISITOR_TOKEN_INVALID';
}

/**
 * Whether a failed batch is given up, by the app's one retry policy (../retry/retryPolicy.ts):
 * refused for good, or a 401 other than a refused visitor token (beacons need no sign-in, so
 * there is nobody to sign in). A refused visitor token is retried with a new one.
 */
export function isPermanentFailure(error: unknown): boolean {
  const kind = failureKind(error);
  return kind === 'permanent' || (kind === 'signIn' && !isVisitorTokenRefused(error));
}
