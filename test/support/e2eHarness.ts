import type { Browser } from 'playwright-core';
import { closeDb } from '../../functions/src/repository/client';
import { launchBrowser } from './browser';
import { startStack, type Stack } from './stack';

/** Starts the product (API + H5) and a browser once for an e2e file, and stops both after it. */
export function useStackAndBrowser(): { readonly stack: Stack; readonly browser: Browser } {
  const handle = {} as { stack: Stack; browser: Browser };
  beforeAll(async () => {
    // Both are kept even if the other fails to start, so afterAll always stops what did start.
    const [stack, browser] = await Promise.allSettled([startStack(), launchBrowser()]);
    if (stack.status === 'fulfilled') handle.stack = stack.value;
    if (browser.status === 'fulfilled') handle.browser = browser.value;
    if (stack.status === 'rejected') throw stack.reason;
    if (browser.status === 'rejected') throw browser.reason;
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.stack?.stop();
    closeDb();
  });
  return handle;
}

/** Reads until `done` holds or `timeoutMs` passes; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
