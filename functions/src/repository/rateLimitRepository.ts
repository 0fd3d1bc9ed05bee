import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { batchGetAll } from './batchGetAll';
import { keys } from './keys';

export interface RateWindow {
  name: string;
  subject: string;
  windowSeconds: number;
}

function windowKey(window: RateWindow, now: Date) {
  const start = Math.floor(now.getTime() / 1000 / window.windowSeconds) * window.windowSeconds;
  return { key: keys.rateWindow(window.name, window.subject, start), expiresAt: start + 2 * window.windowSeconds };
}

/** How many hits each window has had in its current fixed time window. */
export async function readRateWindows(windows: RateWindow[], now: Date): Promise<number[]> {
  const windowKeys = windows.map((w) => windowKey(w, now).key);
  const items = await batchGetAll(windowKeys);
  return windowKeys.map((key) => Number(items.find((item) => item.pk === key.pk)?.hits ?? 0));
}

/** Counts one hit in each window; the windows expire by TTL. */
export async function hitRateWindows(windows: RateWindow[], now: Date): Promise<void> {
  await Promise.all(
    windows.map((window) => {
      const { key, expiresAt } = windowKey(window, now);
      return db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: key,
          UpdateExpression: 'ADD hits :one SET #ttl = :ttl',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': expiresAt },
        }),
      );
    }),
  );
}

/**
 * Adds `amount` hits to each window and returns each window's count after adding: one write
 * per window, no read. For limits checked on every request (beacons).
 */
export async function addRateHits(windows: RateWindow[], amount: number, now: Date): Promise<number[]> {
  return Promise.all(
    windows.map(async (window) => {
      const { key, expiresAt } = windowKey(window, now);
      const result = await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: key,
          UpdateExpression: 'ADD hits :n SET #ttl = :ttl',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':n': amount, ':ttl': expiresAt },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(result.Attributes?.hits ?? amount);
    }),
  );
}

/** Seconds until the current fixed window of this length ends. */
export function secondsLeftInWindow(windowSeconds: number, now: Date): number {
  return windowSeconds - (Math.floor(now.getTime() / 1000) % windowSeconds);
}
