import { config } from '../config';
import { WechatCodeInvalidError, WechatUnavailableError } from '../errors';
import { getSecret } from '../secrets';

interface Code2SessionAnswer {
  openid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

// errcode 40029: invalid code; 40163: code already used; 40226: high-risk user blocked.
const invalidCodeErrors = new Set([40029, 40163, 40226]);

/**
 * Exchanges a `wx.login` code for the user's openid with WeChat's code2Session
 * (GET /sns/jscode2session). The session key is not kept: nothing here needs it.
 */
export async function code2Session(code: string): Promise<string> {
  const { wechatApiBase, wechatAppId } = config();
  if (!wechatAppId) throw new WechatUnavailableError(new Error('WECHAT_APP_ID is not configured'));
  const url = new URL(`${wechatApiBase}/sns/jscode2session`);
  url.search = new URLSearchParams({
    appid: wechatAppId,
    secret: await getSecret('wechatAppSecret'),
    js_code: code,
    grant_type: 'authorization_code',
  }).toString();
  let answer: Code2SessionAnswer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) throw new Error(`code2Session answered HTTP ${response.status}`);
    answer = (await response.json()) as Code2SessionAnswer;
  } catch (error) {
    throw new WechatUnavailableError(error);
  }
  if (answer.errcode && invalidCodeErrors.has(answer.errcode)) throw new WechatCodeInvalidError();
  if (answer.errcode || !answer.openid) {
    throw new WechatUnavailableError(new Error(`code2Session error ${answer.errcode}: ${answer.errmsg}`));
  }
  return answer.openid;
}
