/** Stops what globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__dynamoLocal?.stop();
  globalThis.__dynamoLocal = undefined;
  globalThis.__fakeWechat?.close();
  globalThis.__fakeWechat = undefined;
}
