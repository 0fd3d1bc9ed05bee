import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '@rights-outreach/shared';

const issuer = 'rights-outreach';
const audience = 'rights-outreach-api';
/** A token that never expires is never accepted, however well signed. */
const requiredClaims = ['exp', 'iat', 'sub'];

export interface TokenClaims {
  employeeNo: string;
  role: Role;
  /** Bumped on password reset or disabling: older tokens stop working at once. */
  tokenVersion: number;
}

/** A short-lived signed token (HS256) for a staff member. */
export async function signToken(claims: TokenClaims, secret: string, ttlMinutes: number, now: Date) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ttlMinutes * 60;
  const token = await new SignJWT({ role: claims.role, tv: claims.tokenVersion })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.employeeNo)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** The claims of a valid token, or null for anything forged, expired or malformed. */
export async function verifyToken(token: string, secret: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer,
      audience,
      algorithms: ['HS256'],
      requiredClaims,
    });
    if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number') return null;
    return { employeeNo: payload.sub, role: payload.role as Role, tokenVersion: payload.tv };
  } catch {
    return null;
  }
}

const visitorAudience = 'rights-outreach-visitor';

/**
 * A consumer's visitor token: names the person by a keyed hash of their openid, so beacon
 * batches can say who they are without sending (or the server keeping) the openid.
 */
export async function signVisitorToken(personHash: string, secret: string, ttlDays: number, now: Date) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ttlDays * 86_400;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(personHash)
    .setIssuer(issuer)
    .setAudience(visitorAudience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** The person hash of a valid visitor token, or null for anything forged, expired or malformed. */
export async function verifyVisitorToken(token: string, secret: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer,
      audience: visitorAudience,
      algorithms: ['HS256'],
      requiredClaims,
    });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
