import type { z } from 'zod';
import { type Endpoint, isFileResponse, isNoContent, jsonSchemaOf } from './endpoint';

/** `beacons.0.id: Invalid UUID; visitorId: Required` — enough for a developer to fix the call. */
export function describeIssues(error: z.ZodError, where = 'body'): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : where}: ${issue.message}`)
    .join('; ');
}

/**
 * The URL path of a call: each `{name}` replaced by its value, percent-encoded, and the query
 * string of the values given (undefined ones left out).
 */
export function urlPathOf(
  endpoint: Pick<Endpoint, 'path'>,
  params: Record<string, string> = {},
  query: Record<string, string | undefined> = {},
): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${endpoint.path} needs the path parameter "${name}"`);
    return encodeURIComponent(value);
  });
  const search = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

export type ResponseCheck = { ok: true; body: unknown } | { ok: false; problem: string };

/**
 * Checks an answer against the contract: the status must be one the endpoint declares, a
 * JSON body must match its schema and (when the caller gives it) a file's Content-Type must be
 * one it declares. Answers the parsed body (unknown fields dropped).
 */
export function checkResponse(endpoint: Endpoint, status: number, body: unknown, contentType?: string): ResponseCheck {
  const name = `${endpoint.method} ${endpoint.path}`;
  const spec = endpoint.responses[status];
  if (spec === undefined) return { ok: false, problem: `${name} answered ${status}, which its contract does not declare` };
  if (isNoContent(spec)) return { ok: true, body: undefined };
  const mediaType = (type: string) => type.split(';')[0]!.trim().toLowerCase();
  if (isFileResponse(spec) && contentType !== undefined && !spec.file.some((type) => mediaType(type) === mediaType(contentType))) {
    return { ok: false, problem: `${name} answered ${status} as ${contentType}, not ${spec.file.join(' or ')}` };
  }
  const schema = jsonSchemaOf(spec);
  if (!schema) return { ok: true, body };
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, body: parsed.data }
    : {
        ok: false,
        problem: `${name} answered ${status} with a body that breaks its contract: ${describeIssues(parsed.error, 'response')}`,
      };
}
