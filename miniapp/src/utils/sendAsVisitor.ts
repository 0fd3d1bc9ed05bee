import { ApiError, isApiError } from '../services/ApiError';
import { currentVisitor, visitorTokenRefused, type VisitorFields } from '../tracker';

/**
 * Sends a public form (feedback, sign-up) under the visitor identity the tracker uses. When
 * no identity can be had (WeChat offline) it fails like a network error, so the page keeps
 * what was typed and offers a retry; a visitor token the server refused is renewed and the
 * same form sent once more.
 */
export async function sendAsVisitor<T>(send: (visitor: VisitorFields) => Promise<T>): Promise<T> {
  const visitor = await visitorOrNetworkError();
  try {
    return await send(visitor);
  } catch (error) {
    if (!isApiError(error) || error.code !== 'VISITOR_TOKEN_INVALID') throw error;
    visitorTokenRefused();
    return send(await visitorOrNetworkError());
  }
}

async function visitorOrNetworkError(): Promise<VisitorFields> {
  try {
    return await currentVisitor();
  } catch (error) {
    throw ApiError.network(error);
  }
}
