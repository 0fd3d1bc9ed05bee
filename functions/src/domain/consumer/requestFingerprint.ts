import { createHmac } from 'node:crypto';
import { IdempotencyConflictError } from '../../errors';
import { canonicalJson } from '../events/requestHash';

/**
 * What a consumer's record said, to tell a resend (same client id, same content) from a
 * different record reusing the id. Keyed, because a sign-up holds a name and a phone: a plain
 * hash of a phone number is a phone number to anyone who tries them all. The visitor token is
 * left out: a phone renews it, and a resend under a new token is still the same record.
 */
export function requestFingerprint(secret: string, request: { visitorToken?: string }): string {
  const { visitorToken: _token, ...content } = request;
  return createHmac('sha256', secret).update('consumer-request\n').update(canonicalJson(content)).digest('base64url');
}

/**
 * Refuses a record whose client id is taken by different content. One stored before
 * fingerprints existed has none: its resends are taken as resends.
 */
export function refuseIfDifferent(stored: string | undefined, fingerprint: string, clientId: string): void {
  if (stored !== undefined && stored !== fingerprint) throw new IdempotencyConflictError(clientId);
}
