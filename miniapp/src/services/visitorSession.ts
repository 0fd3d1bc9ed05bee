import type { VisitorSession } from '@rights-outreach/shared';
import { callPublicApi as callApi } from './publicApi';

/**
 * Exchanges a consumer's `wx.login` code for a visitor token that names them in beacon
 * batches. Throws ApiError (WECHAT_CODE_INVALID for a used or stale code, 503 when WeChat is down).
 */
export function startVisitorSession(code: string): Promise<VisitorSession> {
  return callApi('visitorSession', { body: { code } });
}
