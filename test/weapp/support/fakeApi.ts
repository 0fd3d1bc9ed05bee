import type { BeaconBatch } from '@rights-outreach/shared';
import { storageKeys } from '../../../miniapp/src/tracker/storage';
import { campaignCode, campaignView, material, published, videoMaterial } from './fixtures';
import type { FakeResponse, RecordedRequest, Responder } from './wxStub';
import type { QueuedBeacon } from '../../../miniapp/src/tracker/queue';

/** Where the weapp build calls the API (its default, TARO_APP_API_BASE unset). */
export const apiBase = 'http://127.0.0.1:4000';

const notFound = (code: string): FakeResponse => ({ statusCode: 404, data: { error: { code, message: 'not found' } } });

/** The public API as the pages expect it, serving the fixtures. */
export const healthyApi: Responder = (request) => {
  const { method, url } = request;
  if (method === 'GET' && url.startsWith(`${apiBase}/public/campaigns/`)) {
    return url === `${apiBase}/public/campaigns/${campaignCode}` ? { statusCode: 200, data: campaignView } : notFound('CAMPAIGN_NOT_FOUND');
  }
  if (method === 'GET' && url.startsWith(`${apiBase}/public/materials/`)) {
    const found = [material, videoMaterial].find((known) => url === `${apiBase}/public/materials/${known.id}`);
    return found ? { statusCode: 200, data: published(found) } : notFound('MATERIAL_NOT_FOUND');
  }
  if (method === 'POST' && url === `${apiBase}/public/visitor-session`) {
    const { code } = parseBody(request) as { code: string };
    return {
      statusCode: 200,
      data: { visitorToken: visitorTokenFor(code), expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    };
  }
  if (method === 'POST' && url === `${apiBase}/public/beacons`) {
    const batch = parseBatch(request);
    return { statusCode: 200, data: { accepted: batch.beacons.length } };
  }
  return notFound('ROUTE_NOT_FOUND');
};

/** No response at all, as with no signal. */
export const offlineApi: Responder = () => undefined;

/** The token the fake API issues for a wx.login code (the real one is signed). */
export const visitorTokenFor = (code: string): string => `visitor-token-for-${code}`;

function parseBody(request: RecordedRequest): unknown {
  return typeof request.data === 'string' ? JSON.parse(request.data) : request.data;
}

/** The JSON body of a beacon POST. */
export function parseBatch(request: RecordedRequest): BeaconBatch {
  return parseBody(request) as BeaconBatch;
}

export const beaconPosts = (requests: readonly RecordedRequest[]): BeaconBatch[] =>
  requests.filter((r) => r.method === 'POST' && r.url === `${apiBase}/public/beacons`).map(parseBatch);

/** Beacons the app still holds (not yet acknowledged by the API). */
export function queuedBeacons(storage: ReadonlyMap<string, unknown>): number {
  const queue = storage.get(storageKeys.queue);
  return Array.isArray(queue) ? queue.length : 0;
}

/**
 * The kinds of the beacons the app has tracked since `from`: sent, or still in its queue. The
 * tracker writes its queue to storage as it tracks, so "nothing counted" is this, at once.
 */
export function trackedKinds(requests: readonly RecordedRequest[], storage: ReadonlyMap<string, unknown>): string[] {
  const queue = storage.get(storageKeys.queue);
  const queued = Array.isArray(queue) ? (queue as QueuedBeacon[]).map((entry) => entry.beacon.kind) : [];
  return [...beaconPosts(requests).flatMap((batch) => batch.beacons.map((beacon) => beacon.kind)), ...queued];
}
