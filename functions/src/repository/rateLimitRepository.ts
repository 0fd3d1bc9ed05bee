import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
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

/**
 * Adds `amount` hits to each window (a negative amount takes hits back) and returns each
 * window's count after adding: one atomic write per window, no read, so a limit checked on
 * the result holds however many requests arrive at once.
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
