/** Stops the DynamoDB Local that globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__dynamoLocal?.stop();
  globalThis.__dynamoLocal = undefined;
}
