import { createApiClient } from './apiClient';
import { sendJson } from './http';

/** `callApi(name, { params, query, body })`: every API call of the app, typed and checked by the contract. */
export const { call: callApi, apiPath } = createApiClient(sendJson);
