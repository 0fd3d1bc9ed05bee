import { errorCatalogue, isErrorBody, userMessageOf, type ErrorCode } from '@rights-outreach/shared';

/** A failed API call, with a stable code pages can switch on and a message for people. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** Simplified Chinese, safe to show. */
  readonly userMessage: string;

  constructor(code: ErrorCode, status: number, message?: string, options?: { cause?: unknown }) {
    super(message ?? code);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.userMessage = userMessageOf(code);
    // `cause` is assigned by hand: the ES2022 Error constructor option is not in every WeChat base library.
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }

  /** No response at all: offline, DNS, timeout. */
  static network(cause: unknown): ApiError {
    return new ApiError('NETWORK_UNAVAILABLE', 0, 'network request failed', { cause });
  }

  /** From a non-2xx response; uses the body's code when it is one we know. */
  static fromResponse(status: number, body: unknown): ApiError {
    if (isErrorBody(body) && body.error.code in errorCatalogue) {
      return new ApiError(body.error.code, status, body.error.message);
    }
    return new ApiError(codeForStatus(status), status, `HTTP ${status}`);
  }
}

// A proxy or gateway may answer without our error body.
function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any failure as an ApiError: a bug in our own code still ends in a calm message, not a blank page. */
export function toApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError('INTERNAL', 0, String(error), { cause: error });
}
