/** Everything jest can fake but Date: what stays real when only the wall clock is controlled. */
export const realTimers = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/**
 * Rate limits count per fixed window of the clock (sign-ins per 15 minutes, beacons per 10):
 * a test of a limit stops the wall clock at the real time, so a slow machine can never carry
 * its requests across a window boundary. Only `Date` is faked; timers, the network and
 * `performance.now()` (bounded polls) run as usual.
 */
export function withFrozenDate(): void {
  beforeEach(() => jest.useFakeTimers({ now: Date.now(), doNotFake: [...realTimers] }));
  afterEach(() => jest.useRealTimers());
}
