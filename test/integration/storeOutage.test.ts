import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetConfig } from '../../functions/src/config';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { closeDb } from '../../functions/src/repository/client';
import { localClient, startDynamoLocal, type DynamoLocal } from '../../scripts/lib/dynamoLocal';
import { ensureTable } from '../../scripts/lib/ensureTable';
import { freePort } from '../../scripts/lib/freePort';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

/**
 * DynamoDB goes away in the middle of a run: the API says 503 (retry later), never 500, and
 * after it is back, resending everything counts each beacon exactly once. Uses a DynamoDB
 * Local of its own, persisted to disk so a restart keeps the data.
 */
jest.setTimeout(120_000);

let dataDir: string;
let port: number;
let dynamo: DynamoLocal | undefined;
const sharedEndpoint = process.env.DYNAMODB_ENDPOINT;

async function startStore(): Promise<void> {
  dynamo = await startDynamoLocal({ port, dataDir });
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, process.env.TABLE_NAME!);
  client.destroy();
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
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

afterAll(async () => {
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

  const totals = await invoke(getCampaignTotals, { pathParameters: { code: campaign.code }, headers: bearer(marketing) });
  expect(totals.body.totals).toMatchObject({ views: 12, visitors: 6 });
});
