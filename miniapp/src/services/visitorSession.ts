import type { VisitorSession, VisitorSessionRequest } from '@rights-outreach/shared';
import { requestJson } from './http';

function isVisitorSession(body: unknown): body is VisitorSession {
  const session = body as Partial<VisitorSession> | null;
  return typeof session?.visitorToken === 'string' && typeof session.expiresAt === 'string';
}

/**
 * Exchanges a consumer's `wx.login` code for a visitor token that names them in beacon
 * batches. Throws ApiError (WECHAT_CODE_INVALID for a used or stale code, 503 when WeChat is down).
 */
export function startVisitorSession(code: string): Promise<VisitorSession> {
  const request: VisitorSessionRequest = { code };
  return requestJson('POST', '/public/visitor-session', isVisitorSession, request);
}
