import type { Browser } from 'playwright-core';
import { closeDb } from '../../functions/src/repository/client';
import { launchBrowser } from './browser';
import { startStack, type Stack } from './stack';

/** Starts the product (API + H5) and a browser once for an e2e file, and stops both after it. */
export function useStackAndBrowser(): { readonly stack: Stack; readonly browser: Browser } {
  const handle = {} as { stack: Stack; browser: Browser };
  beforeAll(async () => {
    [handle.stack, handle.browser] = await Promise.all([startStack(), launchBrowser()]);
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
