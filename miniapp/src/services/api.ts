import { api, checkResponse } from '@rights-outreach/shared';
import { createApiClient } from './apiClient';
import { sendJson } from './http';

/**
 * `callApi(name, { params, query, body })`: the API calls of the staff, admin and dashboard
 * subpackages, typed by the contract and each answer checked with its response schema.
 */
export const { call: callApi, apiPath } = createApiClient(sendJson, api, (name, status, body) => checkResponse(api[name], status, body));
