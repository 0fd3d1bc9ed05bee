import { failureAction } from '../../../miniapp/src/offline/failurePolicy';
import { failureKind, retryDelayMs, type FailureKind } from '../../../miniapp/src/retry/retryPolicy';
import { isPermanentFailure } from '../../../miniapp/src/tracker/retryPolicy';

// One policy for the beacon tracker and the staff outbox: what each status class means, and
// what each of the two does with it.
const table: [string, unknown, FailureKind, { outbox: string; trackerGivesUp: boolean }][] = [
  ['no answer (status 0)', { status: 0 }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['an error without a status', new Error('socket hang up'), 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['408 request timeout', { status: 408 }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['429 rate limited', { status: 429, code: 'RATE_LIMITED' }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['500 internal', { status: 500 }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['502 bad gateway', { status: 502 }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['503 unavailable', { status: 503, code: 'SERVICE_UNAVAILABLE' }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['504 gateway timeout', { status: 504 }, 'retry', { outbox: 'retry', trackerGivesUp: false }],
  ['401 session gone', { status: 401, code: 'UNAUTHENTICATED' }, 'signIn', { outbox: 'signIn', trackerGivesUp: true }],
  ['401 visitor token refused', { status: 401, code: 'VISITOR_TOKEN_INVALID' }, 'signIn', { outbox: 'signIn', trackerGivesUp: false }],
  ['400 validation failed', { status: 400, code: 'VALIDATION_FAILED' }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
  ['403 forbidden', { status: 403 }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
  ['404 not found', { status: 404 }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
  ['409 idempotency conflict', { status: 409, code: 'IDEMPOTENCY_CONFLICT' }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
  ['413 payload too large', { status: 413 }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
  ['415 unsupported media type', { status: 415 }, 'permanent', { outbox: 'rejected', trackerGivesUp: true }],
];

describe.each(table)('a send that failed with %s', (_name, error, kind, consumers) => {
  it(`is ${kind} by the one policy`, () => {
    expect(failureKind(error)).toBe(kind);
  });

  it(`is ${consumers.outbox} for the outbox and ${consumers.trackerGivesUp ? 'given up' : 'kept'} by the tracker`, () => {
    expect(failureAction(error)).toBe(consumers.outbox);
    expect(isPermanentFailure(error)).toBe(consumers.trackerGivesUp);
  });
});

describe('the back-off both wait', () => {
  it('doubles from the base up to the ceiling, with ±20% jitter from the given randomness', () => {
    expect([1, 2, 3, 4, 5].map((failures) => retryDelayMs(failures, 1000, 5000, () => 0.5))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(retryDelayMs(1, 1000, 5000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 5000, () => 0.999999)).toBe(1200);
  });
});
