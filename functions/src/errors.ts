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
    super('MALFORMED_JSON', 'The request body is not valid JSON');
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
