import { createHmac } from 'node:crypto';

/**
 * What a hashed identifier is: the kind is part of the hash, so equal strings of different
 * kinds never collide. A staff member's openid ('openid', for binding) and a consumer's
 * ('reader', for counting) hash differently, so tracking data cannot be joined to staff.
 */
export type IdentityKind = 'visitor' | 'openid' | 'reader' | 'address';

/**
 * The only form in which a person's identifiers are stored: a keyed hash (HMAC-SHA256,
 * secret from configuration). Without the secret a hash cannot be linked back to a device
 * id, a WeChat openid or an IP address.
 */
export function identityHash(secret: string, kind: IdentityKind, value: string): string {
  return createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}
