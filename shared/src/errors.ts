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
  RATE_LIMITED: { status: 429, userMessage: '操作过于频繁，请稍后再试' },
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
  return code in errorCatalogue
    ? errorCatalogue[code as ErrorCode].userMessage
    : errorCatalogue.INTERNAL.userMessage;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error?.message === 'string';
}
