import Taro from '@tarojs/taro';
import { clearSession, getToken } from '../auth/session';
import { ApiError } from './ApiError';
import type { Send } from './apiClient';
import { takeEarlyAnswer } from './earlyAnswers';

const timeoutMs = 10_000;

/** What Taro.request may hand back; the contract's schema checks it (apiClient.ts). */
type RawBody = string | TaroGeneral.IAnyObject | ArrayBuffer;

/**
 * The one transport to the API: resolves the status and parsed JSON body of a 2xx answer and
 * throws an ApiError otherwise (NETWORK_UNAVAILABLE when no response arrived). Pages call the
 * API through `callApi` (api.ts), which checks the body against the contract.
 */
export const sendJson: Send = async (method, path, body) => {
  const early = method === 'GET' ? await takeEarlyAnswer(path) : null;
  if (early) return early;
  let response: Taro.request.SuccessCallbackResult<RawBody>;
  try {
    response = await Taro.request<RawBody>({
      url: `${API_BASE}${path}`,
      method: method as keyof Taro.request.Method,
      data: body === undefined ? undefined : JSON.stringify(body),
      header: authorized({ 'content-type': 'application/json', accept: 'application/json' }),
      dataType: 'json',
      timeout: timeoutMs,
    });
  } catch (error) {
    throw ApiError.network(error);
  }
  const status = response.statusCode;
  if (status < 200 || status >= 300) {
    const error = ApiError.fromResponse(status, response.data);
    // A refused visitor token (public beacons) says nothing about the staff member's session.
    if (status === 401 && error.code !== 'VISITOR_TOKEN_INVALID') clearSession();
    throw error;
  }
  return { status, data: response.data };
};

/**
 * Downloads a signed-in resource (an image, an export) to a local path: a temp file in
 * WeChat (or `filePath` when given, e.g. to keep a file's name), an object URL in H5.
 * Throws ApiError like requestJson.
 */
export function downloadAuthorized(path: string, filePath?: string): Promise<string> {
  return download(path, authorized({}), filePath);
}

/** Downloads a public resource (an image) to a local path, without the staff member's token. */
export function downloadPublic(path: string): Promise<string> {
  return download(path, {});
}

async function download(path: string, header: Record<string, string>, filePath?: string): Promise<string> {
  let response: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    response = await Taro.downloadFile({ url: `${API_BASE}${path}`, header, ...(filePath ? { filePath } : {}) });
  } catch (error) {
    throw ApiError.network(error);
  }
  const status = response.statusCode;
  if (status === 401) clearSession();
  if (status < 200 || status >= 300) throw ApiError.fromResponse(status, undefined);
  return response.filePath ?? response.tempFilePath;
}

/** Adds the staff member's bearer token when signed in; public calls go without. */
export function authorized(header: Record<string, string>): Record<string, string> {
  const token = getToken();
  return token ? { ...header, authorization: `Bearer ${token}` } : header;
}
