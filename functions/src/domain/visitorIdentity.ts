import { createHmac } from 'node:crypto';

/**
 * The only form in which a person's id is stored: a keyed hash. Without the secret the
 * hash cannot be linked back to a device id (or, later, a WeChat openid).
 */
export function hashVisitorId(secret: string, visitorId: string): string {
  return createHmac('sha256', secret).update(`visitor:${visitorId}`).digest('base64url').slice(0, 32);
}
