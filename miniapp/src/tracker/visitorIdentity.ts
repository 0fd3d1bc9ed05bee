import type { VisitorSession } from '@rights-outreach/shared';
import type { VisitorIdentity } from './createTracker';
import { safeGet, safeSet, storageKeys, type KeyValueStorage } from './storage';

export interface VisitorIdentityOptions {
  storage: KeyValueStorage;
  /** A fresh WeChat login code (`wx.login`); rejects when WeChat cannot give one. */
  loginCode: () => Promise<string>;
  /** Exchanges the code for a visitor token (POST /public/visitor-session). */
  startSession: (code: string) => Promise<VisitorSession>;
  now?: () => Date;
  /** A token this close to its expiry is renewed before use. */
  renewBeforeMs?: number;
  log?: (message: string, detail?: unknown) => void;
}

const oneDayMs = 24 * 60 * 60 * 1000;

/**
 * The WeChat visitor token, kept in device storage and renewed through `wx.login` when it is
 * missing or within a day of expiry. Concurrent callers share one renewal. When a renewal
 * fails (offline, WeChat down) a still-valid token is used; otherwise there is none, and the
 * tracker waits rather than sending beacons under another identity.
 */
export function createVisitorIdentity(options: VisitorIdentityOptions): VisitorIdentity {
  const { storage, loginCode, startSession } = options;
  const now = options.now ?? (() => new Date());
  const renewBeforeMs = options.renewBeforeMs ?? oneDayMs;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[visitor] ${message}`, detail ?? ''));

  // Storage may fail (quota); the session then lives in memory for this run.
  let session: VisitorSession | null | undefined;
  let renewing: Promise<string | undefined> | null = null;

  function current(): VisitorSession | null {
    if (session === undefined) session = parseSession(safeGet(storage, storageKeys.visitorSession));
    return session;
  }

  function remember(next: VisitorSession | null): void {
    session = next;
    safeSet(storage, storageKeys.visitorSession, next ?? '');
  }

  const msLeft = (held: VisitorSession) => Date.parse(held.expiresAt) - now().getTime();

  async function renew(): Promise<string | undefined> {
    try {
      const fresh = await startSession(await loginCode());
      const parsed = parseSession(fresh);
      if (!parsed) throw new Error('malformed visitor session');
      remember(parsed);
      return parsed.visitorToken;
    } catch (error) {
      log('could not renew the visitor token', error);
      const held = current();
      return held && msLeft(held) > 0 ? held.visitorToken : undefined;
    }
  }

  function token(): Promise<string | undefined> {
    const held = current();
    if (held && msLeft(held) > renewBeforeMs) return Promise.resolve(held.visitorToken);
    renewing ??= renew().finally(() => {
      renewing = null;
    });
    return renewing;
  }

  function invalidate(): void {
    remember(null);
  }

  return { token, invalidate };
}

function parseSession(value: unknown): VisitorSession | null {
  const held = value as Partial<VisitorSession> | null;
  if (typeof held?.visitorToken !== 'string' || held.visitorToken === '' || typeof held.expiresAt !== 'string') return null;
  if (Number.isNaN(Date.parse(held.expiresAt))) return null;
  return { visitorToken: held.visitorToken, expiresAt: held.expiresAt };
}
