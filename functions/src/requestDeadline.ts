import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<{ deadline: number }>();

/**
 * Runs one request's work knowing when it is answered 503 for running out of time
 * (http/httpHandler.ts), so the store client refuses to start calls after that. On Lambda the
 * container is frozen after the answer anyway; where one process serves many requests
 * (serverless-offline, tests) the abandoned work would otherwise go on competing with the
 * retries of the very requests it timed out. (middy's own abort signal is shared by all the
 * requests of a process, so it cannot say which one ran out.)
 */
export function withinDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return current.run({ deadline }, work);
}

/** Whether the request this code runs for has already been answered for running out of time. */
export function pastDeadline(now = Date.now()): boolean {
  const store = current.getStore();
  return store !== undefined && now >= store.deadline;
}
