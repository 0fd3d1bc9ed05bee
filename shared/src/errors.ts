/**
 * The catalogue of stable error codes shared by the API and the mini-program.
 * The API maps each code to its HTTP status here and nowhere else; the mini-program
 * shows `userMessage` (Simplified Chinese) to people.
 */
export const errorCatalogue = {
  MALFORMED_JSON: { status: 400, userMessage: '提交的数据格式有误，请刷新后重试' },
  VALIDATION_FAILED: { status: 400, userMessage: '提交的内容不符合要求，请检查后重试' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, userMessage: '提交的数据格式有误，请刷新后重试' },
  PAYLOAD_TOO_LARGE: { status: 413, userMessage: '提交的内容过多，请分批提交' },
  CAMPAIGN_NOT_FOUND: { status: 404, userMessage: '未找到该宣传活动，请确认二维码是否有效' },
  MATERIAL_NOT_FOUND: { status: 404, userMessage: '该宣传资料不存在或已下架' },
  ROUTE_NOT_FOUND: { status: 404, userMessage: '请求的地址不存在' },
  UNAUTHENTICATED: { status: 401, userMessage: '登录已失效，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, userMessage: '工号或密码错误' },
  WECHAT_NOT_BOUND: { status: 401, userMessage: '该微信尚未绑定员工账号，请先用工号和密码登录' },
  VISITOR_TOKEN_INVALID: { status: 401, userMessage: '访问凭证已失效，请重新打开页面' },
  WECHAT_CODE_INVALID: { status: 400, userMessage: '微信登录凭证已失效，请重试' },
  FORBIDDEN: { status: 403, userMessage: '您没有权限进行此操作' },
  EVENT_NOT_FOUND: { status: 404, userMessage: '未找到该活动，可能已被删除' },
  ORG_UNIT_NOT_FOUND: { status: 404, userMessage: '未找到该机构' },
  RECORD_NOT_FOUND: { status: 404, userMessage: '未找到这条记录，可能已被删除' },
  ACCOUNT_NOT_FOUND: { status: 404, userMessage: '未找到该账号' },
  ALREADY_EXISTS: { status: 409, userMessage: '已存在相同编号的记录' },
  IDEMPOTENCY_CONFLICT: { status: 409, userMessage: '这条记录与已提交的内容不一致，请核对后重新填写' },
  RATE_LIMITED: { status: 429, userMessage: '操作过于频繁，请稍后再试' },
  WECHAT_UNAVAILABLE: { status: 503, userMessage: '微信服务暂时不可用，请稍后再试或使用工号登录' },
  SERVICE_UNAVAILABLE: { status: 503, userMessage: '服务暂时繁忙，请稍后再试' },
  NETWORK_UNAVAILABLE: { status: 0, userMessage: '网络不可用，请检查网络后重试' },
  INTERNAL: { status: 500, userMessage: '系统出了点问题，请稍后再试' },
} as const satisfies Record<string, { status: number; userMessage: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The body of every error response: `{ "error": { "code", "message" } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** HTTP status for an error code (the single code → status mapping). */
export function statusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

/** The Chinese message to show a person for an error code. */
export function userMessageOf(code: string): string {
  return code in errorCatalogue ? errorCatalogue[code as ErrorCode].userMessage : errorCatalogue.INTERNAL.userMessage;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error?.message === 'string';
}
