import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetConfig } from '../../functions/src/config';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { closeDb } from '../../functions/src/repository/client';
import { localClient, startDynamoLocal, type DynamoLocal } from '../../scripts/lib/dynamoLocal';
import { awaitAggregated } from '../../scripts/lib/aggregationStatus';
import { startAggregator } from '../../scripts/lib/aggregator';
import { ensureTable, streamArnOf } from '../../scripts/lib/ensureTable';
import type { StreamPoller } from '../../scripts/lib/streamPoller';
import { freePort } from '../../scripts/lib/freePort';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { createTracker } from '../../miniapp/src/tracker/createTracker';
import type { KeyValueStorage } from '../../miniapp/src/tracker/storage';

/**
 * DynamoDB goes away in the middle of a run: the API says 503 (retry later), never 500, and
 * after it is back, resending everything counts each beacon exactly once; the aggregator
 * reading its stream rides out the outage too. Uses a DynamoDB Local of its own, persisted
 * to disk so a restart keeps the data, with an aggregator of its own on its stream.
 */
jest.setTimeout(120_000);

let dataDir: string;
let port: number;
let dynamo: DynamoLocal | undefined;
let streamArn: string;
let aggregator: StreamPoller | undefined;
const sharedEndpoint = process.env.DYNAMODB_ENDPOINT;

async function startStore(): Promise<void> {
  dynamo = await startDynamoLocal({ port, dataDir });
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, process.env.TABLE_NAME!);
  streamArn = await streamArnOf(client, process.env.TABLE_NAME!);
  client.destroy();
}

/** Totals read once this store's aggregator has counted everything stored. */
async function totalsOf(code: string) {
  await awaitAggregated({ endpoint: dynamo!.endpoint, tableName: process.env.TABLE_NAME!, streamArn }, 90_000);
  const totals = await invoke(getCampaignTotals, { pathParameters: { code }, headers: bearer(marketing) });
  return totals.body.totals;
}

function useEndpoint(endpoint: string | undefined): void {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  resetConfig();
  closeDb();
}

let marketing: TestAccount;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'outage-'));
  port = await freePort();
  await startStore();
  useEndpoint(dynamo!.endpoint);
  aggregator = startAggregator({ endpoint: dynamo!.endpoint, streamArn, batchWindowMs: 50 });
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

afterAll(async () => {
  await aggregator?.stop();
  closeDb();
  await dynamo?.stop();
  useEndpoint(sharedEndpoint);
  rmSync(dataDir, { recursive: true, force: true });
});

const send = (body: unknown) => invoke(recordBeacons, { method: 'POST', body });

it('answers 503 while the store is down and counts every beacon exactly once after it is back', async () => {
  const { campaign } = await givenCampaign();
  const batches = Array.from({ length: 6 }, () => aBatch(campaign.code, [aBeacon(), aBeacon()]));
  for (const batch of batches.slice(0, 3)) expect((await send(batch)).status).toBe(200);

  await dynamo!.stop();
  const duringOutage = await send(batches[3]);
  expect(duringOutage.status).toBe(503);
  expect(duringOutage.body.error.code).toBe('SERVICE_UNAVAILABLE');
  expect(duringOutage.headers['retry-after']).toBeDefined();

  await startStore();
  closeDb();
  // The phones resend everything they were not sure about, including what had been counted.
  for (const batch of batches) expect((await send(batch)).status).toBe(200);

  expect(await totalsOf(campaign.code)).toMatchObject({ views: 12, visitors: 6 });
});

it("keeps the mini-program tracker's queue through the outage, even across an app restart, and counts it exactly once after", async () => {
  const { campaign, materials } = await givenCampaign();
  // Device storage that survives the app being killed (JSON round trip, as in WeChat).
  const raw = new Map<string, string>();
  const storage: KeyValueStorage = {
    get: (key) => (raw.has(key) ? JSON.parse(raw.get(key)!) : ''),
    set: (key, value) => void raw.set(key, JSON.stringify(value)),
  };
  // The app's transport: the real handler; a non-2xx answer rejects with its status, like ApiError.
  const send = async (batch: unknown) => {
    const response = await invoke(recordBeacons, { method: 'POST', body: batch });
    if (response.status >= 300)
      throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status, code: response.body?.error?.code });
    return response.body;
  };
  // Only explicit flushes send: no timer decides when in this test.
  const openApp = () =>
    createTracker({ storage, send, flushDelayMs: 3_600_000, retryBaseMs: 3_600_000, retryMaxMs: 3_600_000, log: () => {} });
  const origin = { campaignCode: campaign.code, source: 'counter' };
  const material = { type: 'material' as const, materialId: materials[0]!.id };

  const app = openApp();
  app.track(origin, { kind: 'view', target: { type: 'landing' } });
  await app.flush();
  expect(app.pendingCount()).toBe(0);

  await dynamo!.stop();
  app.track(origin, { kind: 'view', target: material });
  app.track(origin, { kind: 'share_tap', target: material });
  await app.flush();
  expect(app.pendingCount()).toBe(2);

  // The app is killed while the store is still down, and opened again.
  const reopened = openApp();
  expect(reopened.pendingCount()).toBe(2);
  reopened.track(origin, { kind: 'view', target: { type: 'landing' } });
  await reopened.flush();
  expect(reopened.pendingCount()).toBe(3);

  await startStore();
  closeDb();
  await reopened.flush();
  expect(reopened.pendingCount()).toBe(0);

  expect(await totalsOf(campaign.code)).toMatchObject({ views: 3, shareTaps: 1, visitors: 1 });
});

it('counts exactly once when the store stops while the aggregator is counting, and comes back', async () => {
  const { campaign, materials } = await givenCampaign();
  const material = { type: 'material' as const, materialId: materials[1]!.id };
  const batches = Array.from({ length: 30 }, () =>
    aBatch(campaign.code, [aBeacon(), aBeacon({ target: material }), aBeacon({ kind: 'share_tap' })]),
  );
  for (const batch of batches) expect((await send(batch)).status).toBe(200);

  // The aggregator is reading and counting these now; the store goes away under it.
  await dynamo!.stop();
  await startStore();
  closeDb();
  // Phones resend what they were not sure of (a write confirmed just before the stop may be lost).
  for (const batch of batches) expect((await send(batch)).status).toBe(200);

  expect(await totalsOf(campaign.code)).toMatchObject({ views: 60, shareTaps: 30, visitors: 30 });
});
