import type { MiddlewareObj } from '@middy/core';
import { MalformedJsonError } from '../../errors';

/**
 * Every body this API takes is one JSON object. Anything else that parses (null, a number, a
 * boolean, a string, an array) is refused like unparseable JSON — 400 MALFORMED_JSON — so the
 * answer does not depend on how a gateway pre-parsed it (serverless-offline turns `"x"` into
 * `x`, `0` into 0).
 */
export function requireJsonObject(): MiddlewareObj<{ body?: unknown }> {
  const requireJsonObjectBefore = async (request: { event: { body?: unknown } }) => {
    const { body } = request.event;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new MalformedJsonError();
  };
  return { before: requireJsonObjectBefore };
}
