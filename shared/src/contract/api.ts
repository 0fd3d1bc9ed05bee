import { adminEndpoints } from './adminEndpoints';
import { authEndpoints } from './authEndpoints';
import type { Endpoint } from './endpoint';
import { eventEndpoints } from './eventEndpoints';
import { outreachRecordEndpoints } from './outreachRecordEndpoints';
import { publicEndpoints } from './publicEndpoints';
import { reportEndpoints } from './reportEndpoints';

/**
 * The API contract: every endpoint once, named like its handler module and its function in
 * serverless.yml. The Lambdas validate requests with it (httpHandler), the mini-program calls
 * it through one client, docs/openapi.json is generated from it, and tests hold serverless.yml,
 * docs/api.md and the role matrix to it.
 */
export const api = {
  ...publicEndpoints,
  ...authEndpoints,
  ...adminEndpoints,
  ...eventEndpoints,
  ...reportEndpoints,
  ...outreachRecordEndpoints,
} as const satisfies Record<string, Endpoint>;

export type Api = typeof api;
export type EndpointName = keyof Api;
