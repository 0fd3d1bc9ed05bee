/** Stops what globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__aggregator?.stop();
  globalThis.__aggregator = undefined;
  await globalThis.__dynamoLocal?.stop();
  globalThis.__dynamoLocal = undefined;
  globalThis.__fakeWechat?.close();
  globalThis.__fakeWechat = undefined;
}
