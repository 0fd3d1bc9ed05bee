import { mainPackageRoutes } from '@rights-outreach/shared';
import { createApiClient } from './apiClient';
import { sendJson } from './http';

/**
 * The weapp main package's client (consumer pages, the tracker, the outbox that app.ts starts):
 * its routes (`mainPackageRoutes`, held to the contract by the compiler) and types from the contract,
 * but answers are not checked on the phone — the schemas would bring zod (~120 KB) into the
 * main package, over its 400 KB budget. The server checks these answers against the same
 * schemas in every test (CHECK_RESPONSES) and the client's check is tested in test/unit.
 */
export const { call: callPublicApi, apiPath: publicApiPath } = createApiClient(sendJson, mainPackageRoutes);
