import type { MiddlewareObj } from '@middy/core';
import { checkResponse as checkAgainstContract, type Endpoint } from '@rights-outreach/shared';
import type { HttpResult } from '../responses';

/** An answer that breaks the API contract: a bug on our side, answered as a plain 500. */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

/**
 * In tests and npm start (CHECK_RESPONSES=true): every successful answer must have a status
 * the contract declares and, when JSON, a body its schema accepts. Errors are checked by
 * errorResponse, which builds them.
 */
export function checkResponse(endpoint: Endpoint): MiddlewareObj<unknown, HttpResult> {
  const checkResponseAfter = async (request: { response: HttpResult | null | undefined }) => {
    const response = request.response;
    const status = response?.statusCode ?? 200;
    const contentType = String(response?.headers?.['Content-Type'] ?? '');
    const body = contentType.startsWith('application/json') ? JSON.parse(String(response?.body ?? '')) : undefined;
    const checked = checkAgainstContract(endpoint, status, body, contentType);
    if (!checked.ok) throw new ResponseContractError(checked.problem);
  };
  return { after: checkResponseAfter };
}
