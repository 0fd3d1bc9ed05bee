import { beaconLimits, type BeaconBatch, type BeaconInput, type BeaconTarget } from '@rights-outreach/shared';
import { formatLocalIso } from '../utils/formatLocalIso';
import { appendCapped, nextBatch, originOf, parseStoredQueue, withoutBeacons, type BeaconOrigin, type QueuedBeacon } from './queue';
import { newVisitorId, uuidV4 } from './randomIds';
import { retryDelayMs } from '../retry/retryPolicy';
import { isPermanentFailure, isVisitorTokenRefused } from './retryPolicy';
import { loadOrCreateVisitorId, safeGet, safeSet, storageKeys, type KeyValueStorage } from './storage';

export type { BeaconInput } from '@rights-outreach/shared';
export type { BeaconOrigin } from './queue';

/** What a page-level beacon (view, share_tap, share_open) is about: the landing page or one material. */
export type PageTarget = Extract<BeaconTarget, { type: 'landing' | 'material' }>;

/** Posts one batch. Resolves once the server acknowledged it (2xx); rejects otherwise,
 * with an error carrying the HTTP `status` when there was a response (0 or none if not)
 * and the API's error `code` when it sent one. */
export type SendBatch = (batch: BeaconBatch) => Promise<unknown>;

/** Who the person is, beyond this device's random id: in WeChat, a signed visitor token. */
export interface VisitorIdentity {
  /** The current token, fetched or renewed when needed; undefined when none can be had now (offline, WeChat error). */
  token(): Promise<string | undefined>;
  /** Forgets the token: the server refused it, so the next token() must fetch a new one. */
  invalidate(): void;
}

export interface TrackerOptions {
  storage: KeyValueStorage;
  send: SendBatch;
  now?: () => Date;
  /** Beacon id generator (UUID v4); the server counts each id once. */
  newId?: () => string;
  newVisitorId?: () => string;
  /**
   * When given, every batch carries its `visitorToken` and no batch leaves without one: the
   * same person counted once under the token and once under the bare device id would be two.
   */
  identity?: VisitorIdentity;
  /** Wait after a track() so the beacons of one page open travel together. */
  flushDelayMs?: number;
  /** Oldest beacons are dropped beyond this many. */
  maxQueued?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** The jitter's randomness (0 ≤ x < 1); tests give a fixed one to assert exact schedules. */
  random?: () => number;
  log?: (message: string, detail?: unknown) => void;
}

export interface Tracker {
  /**
   * Records one thing the visitor did under where the page was opened from; the tracker adds
   * the beacon's id and time. Never throws and never waits for the network.
   */
  track(origin: BeaconOrigin, beacon: BeaconInput): void;
  /** Sends what is waiting now (page hide, app start). Resolves when done; never rejects. */
  flush(): Promise<void>;
  /** Beacons not yet acknowledged by the server. */
  pendingCount(): number;
  visitorId(): string;
}

const defaults = {
  flushDelayMs: 1000,
  maxQueued: 500,
  retryBaseMs: 2000,
  retryMaxMs: 5 * 60 * 1000,
};

/**
 * The beacon queue: persisted first, sent in batches per (campaign, source, event), removed only
 * once acknowledged. A failed batch is resent later with the same beacon ids, so the
 * server's dedup makes retries harmless.
 */
export function createTracker(options: TrackerOptions): Tracker {
  const { storage, send, identity } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => uuidV4());
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[tracker] ${message}`, detail ?? ''));
  const flushDelayMs = options.flushDelayMs ?? defaults.flushDelayMs;
  const maxQueued = options.maxQueued ?? defaults.maxQueued;
  const retryBaseMs = options.retryBaseMs ?? defaults.retryBaseMs;
  const retryMaxMs = options.retryMaxMs ?? defaults.retryMaxMs;
  const random = options.random ?? Math.random;

  const visitorId = loadOrCreateVisitorId(storage, options.newVisitorId ?? (() => newVisitorId()));
  let queue: QueuedBeacon[] = parseStoredQueue(safeGet(storage, storageKeys.queue));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let failures = 0;

  function persist(next: QueuedBeacon[]): void {
    queue = next;
    if (!safeSet(storage, storageKeys.queue, queue)) log('could not persist the beacon queue; keeping it in memory');
  }

  function schedule(delayMs: number): void {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
    // Under Node (tests, scripts) a pending send must not keep the process alive after its
    // work is done; WeChat's and the browser's timers are numbers, with nothing to unref.
    (timer as { unref?: () => void }).unref?.();
  }

  function cancelTimer(): void {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
  }

  function backOff(): void {
    failures += 1;
    // Replace any short flush timer: while the API is failing, only the back-off decides.
    cancelTimer();
    schedule(retryDelayMs(failures, retryBaseMs, retryMaxMs, random));
  }

  async function visitorTokenOf(source: VisitorIdentity): Promise<string | undefined> {
    try {
      return await source.token();
    } catch (error) {
      log('could not get a visitor token', error);
      return undefined;
    }
  }

  async function drain(): Promise<void> {
    // One immediate resend with a new token per drain; a token refused twice waits for the back-off.
    let tokenRenewed = false;
    for (;;) {
      const pending = nextBatch(queue, beaconLimits.maxBeaconsPerBatch);
      if (!pending) return;
      const visitorToken = identity ? await visitorTokenOf(identity) : undefined;
      if (identity && !visitorToken) {
        // Not sent without it (see TrackerOptions.identity): kept, and tried again later.
        backOff();
        return;
      }
      try {
        await send({ ...pending, visitorId, ...(visitorToken ? { visitorToken } : {}) });
        failures = 0;
        persist(withoutBeacons(queue, pending.beacons));
      } catch (error) {
        if (isVisitorTokenRefused(error)) {
          // Expired or revoked: the beacons are fine, so the same ones go again with a new token.
          identity?.invalidate();
          if (identity && !tokenRenewed) {
            tokenRenewed = true;
            continue;
          }
        } else if (isPermanentFailure(error)) {
          // The server refused this batch as such: keeping it would block the queue forever.
          log(`dropped ${pending.beacons.length} beacon(s) the server refused`, error);
          persist(withoutBeacons(queue, pending.beacons));
          continue;
        }
        backOff();
        return;
      }
    }
  }

  function flush(): Promise<void> {
    if (inFlight) return inFlight;
    cancelTimer();
    inFlight = drain()
      .catch((error: unknown) => log('flush failed', error))
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  function track(origin: BeaconOrigin, input: BeaconInput): void {
    try {
      const beacon = { ...input, id: newId(), at: formatLocalIso(now()) };
      const item: QueuedBeacon = { ...originOf(origin), beacon };
      const { queue: next, dropped } = appendCapped(queue, item, maxQueued);
      if (dropped > 0) log(`queue full: dropped ${dropped} oldest beacon(s)`);
      persist(next);
      schedule(flushDelayMs);
    } catch (error) {
      log('track failed', error);
    }
  }

  return { track, flush, pendingCount: () => queue.length, visitorId: () => visitorId };
}
