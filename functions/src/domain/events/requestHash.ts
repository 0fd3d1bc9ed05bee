import { createHash } from 'node:crypto';

/**
 * A fingerprint of a request, the same for the same content whatever the key order, to
 * tell a resent record (same id, same content) from a different one reusing the id.
 */
export function requestHash(caller: string, body: unknown): string {
  return createHash('sha256').update(caller).update('\n').update(canonicalJson(body)).digest('base64url');
}

/** JSON with object keys sorted: equal for equal content, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
