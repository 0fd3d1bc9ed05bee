import type { ErrorCode } from '@rights-outreach/shared';

/**
 * Base of every error the API answers on purpose. The code (from the shared catalogue)
 * decides the HTTP status; the message is safe to show to the caller.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string) {
    super('VALIDATION_FAILED', message);
  }
}

export class MalformedJsonError extends AppError {
  constructor() {
    super('MALFORMED_JSON', 'The request body must be one JSON object');
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json');
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `The request body is larger than ${limitBytes} bytes`);
  }
}

export class CampaignNotFoundError extends AppError {
  constructor(code: string) {
    super('CAMPAIGN_NOT_FOUND', `No campaign has the code "${code}"`);
  }
}

export class MaterialNotFoundError extends AppError {
  constructor(id: string) {
    super('MATERIAL_NOT_FOUND', `No published material has the id "${id}"`);
  }
}

/** The store could not be reached or is throttling: the client should retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('SERVICE_UNAVAILABLE', 'The service is temporarily unavailable; retry later', { cause });
  }
}

export class EventNotFoundError extends AppError {
  constructor(id: string) {
    super('EVENT_NOT_FOUND', `No event has the id "${id}"`);
  }
}

/** A platform figure or media post that does not exist (or is deleted). */
export class RecordNotFoundError extends AppError {
  constructor(id: string) {
    super('RECORD_NOT_FOUND', `No record has the id "${id}"`);
  }
}

export class OrgUnitNotFoundError extends AppError {
  constructor(id: string) {
    super('ORG_UNIT_NOT_FOUND', `No org unit has the id "${id}"`);
  }
}

export class AccountNotFoundError extends AppError {
  constructor(employeeNo: string) {
    super('ACCOUNT_NOT_FOUND', `No account has the employee number "${employeeNo}"`);
  }
}

export class AlreadyExistsError extends AppError {
  constructor(what: string) {
    super('ALREADY_EXISTS', `${what} already exists`);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: the token is missing, invalid or expired') {
    super('UNAUTHENTICATED', message);
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', 'The employee number or the password is wrong');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message: string,
    /** Sent as Retry-After: every 429 says when to try again. */
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

export class VisitorTokenInvalidError extends AppError {
  constructor() {
    super('VISITOR_TOKEN_INVALID', 'The visitor token is invalid or expired; get a new one from /public/visitor-session');
  }
}

export class IdempotencyConflictError extends AppError {
  constructor(id: string) {
    super('IDEMPOTENCY_CONFLICT', `A different request was already made with the id "${id}"`);
  }
}

export class WechatNotBoundError extends AppError {
  constructor() {
    super('WECHAT_NOT_BOUND', 'This WeChat user is not bound to a staff account');
  }
}

export class WechatCodeInvalidError extends AppError {
  constructor() {
    super('WECHAT_CODE_INVALID', 'WeChat refused the login code; call wx.login again');
  }
}

export class WechatUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('WECHAT_UNAVAILABLE', 'WeChat could not be reached; retry later', { cause });
  }
}
