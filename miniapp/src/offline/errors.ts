/** Base of the outbox's own errors; `userMessage` is Simplified Chinese, safe to show. */
export class OutboxError extends Error {
  readonly userMessage: string;

  constructor(message: string, userMessage: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'OutboxError';
    this.userMessage = userMessage;
    // Assigned by hand: the ES2022 Error `cause` option is not in every WeChat base library.
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The change could not be written to the phone's storage, so it is NOT saved. */
export class OutboxStorageError extends OutboxError {
  constructor(cause: unknown) {
    super('could not persist the outbox', '手机存储空间不足，本次登记未能保存，请清理存储空间后重试', { cause });
    this.name = 'OutboxStorageError';
  }
}

/** Changes are signed with the account that made them; there is none. */
export class NotSignedInError extends OutboxError {
  constructor() {
    super('no signed-in account', '登录已失效，请重新登录');
    this.name = 'NotSignedInError';
  }
}

/** The change refers to a record the outbox does not hold (or no longer may change). */
export class OutboxRecordNotFoundError extends OutboxError {
  constructor(id: string) {
    super(`no such outbox record: ${id}`, '该记录已同步或已放弃，请刷新后再试');
    this.name = 'OutboxRecordNotFoundError';
  }
}
