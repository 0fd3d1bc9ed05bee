import { type Api, type EndpointName, type RequestOf, type ResponseCheck, type ResponseOf, urlPathOf } from '@rights-outreach/shared';
import { ApiError } from './ApiError';

/** A 2xx answer as the transport received it; anything else the transport throws as an ApiError. */
export interface RawAnswer {
  status: number;
  data: unknown;
}

/** Sends one request (method, path under the API base, JSON body) and answers its 2xx response. */
export type Send = (method: string, path: string, body: unknown) => Promise<RawAnswer>;

/** Checks an answer against the contract (`checkResponse` with `api`), or nothing. */
export type CheckAnswer = (name: EndpointName, status: number, body: unknown) => ResponseCheck;

/** The request argument, optional for endpoints that take nothing. */
type RequestArgs<K extends EndpointName> =
  Record<string, never> extends RequestOf<Api[K]> ? [request?: RequestOf<Api[K]>] : [request: RequestOf<Api[K]>];

interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
}

/**
 * The mini-program's one API client, made from the contract: `call('getMaterial', { params: { id } })`
 * builds the path from the endpoint's route (`api` itself, or the main package's zod-free
 * `mainPackageRoutes`), sends it, and (given `check`) checks the answer with
 * the endpoint's response schema — a body that breaks it is an ApiError INTERNAL that says what
 * was wrong, never a half-read object in a page. Without `check` it carries no zod (the weapp
 * main package's consumer pages: see api.ts).
 */
export function createApiClient<Names extends EndpointName>(
  send: Send,
  routes: { readonly [K in Names]: { readonly method: string; readonly path: `/${string}` } },
  check?: CheckAnswer,
) {
  /** The path (under the API base) of a call, e.g. for downloads. */
  function apiPath<K extends Names>(name: K, ...[request]: RequestArgs<K>): string {
    const parts = (request ?? {}) as RequestParts;
    return urlPathOf(routes[name], parts.params, parts.query);
  }

  async function call<K extends Names>(name: K, ...args: RequestArgs<K>): Promise<ResponseOf<Api[K]>> {
    const answer = await send(routes[name].method, apiPath(name, ...args), ((args[0] ?? {}) as RequestParts).body);
    if (!check) return answer.data as ResponseOf<Api[K]>;
    const checked = check(name, answer.status, answer.data);
    if (!checked.ok) throw new ApiError('INTERNAL', answer.status, checked.problem);
    return checked.body as ResponseOf<Api[K]>;
  }

  return { call, apiPath };
}
