import { beaconLimits } from '@rights-outreach/shared';
import { handler as getCampaignTotals } from '../../functions/src/handlers/getCampaignTotals';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { aBatch, aBeacon, givenCampaign } from '../support/fixtures';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { invoke, type InvokeOptions } from '../support/invoke';

let marketing: TestAccount;
beforeAll(async () => {
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

function send(body: unknown, options: Partial<InvokeOptions> = {}) {
  return invoke(recordBeacons, { method: 'POST', path: '/public/beacons', body, ...options });
}

async function expectNothingCounted(code: string) {
  const totals = await invoke(getCampaignTotals, { pathParameters: { code }, headers: bearer(marketing) });
  expect(totals.body.totals).toMatchObject({ views: 0, visitors: 0 });
}

describe('bad beacon input is refused with a stable code and writes nothing', () => {
  it('refuses malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await send('{"campaignCode": "x", ', { headers: { 'content-type': 'application/json' } });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'MALFORMED_JSON', message: expect.any(String) } });
  });

  it('refuses a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await send('c=demo', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });

    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses unknown fields', async () => {
    const { campaign } = await givenCampaign();

    const response = await send({ ...aBatch(campaign.code, [aBeacon()]), admin: true });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    await expectNothingCounted(campaign.code);
  });

  it('refuses an unknown field inside a beacon', async () => {
    const { campaign } = await givenCampaign();

    const response = await send(aBatch(campaign.code, [{ ...aBeacon(), weight: 100 } as never]));

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/beacons\.0/);
    await expectNothingCounted(campaign.code);
  });

  it('refuses over-long strings', async () => {
    const { campaign } = await givenCampaign();

    const response = await send(aBatch(campaign.code, [aBeacon()], { source: 'x'.repeat(200) }));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    await expectNothingCounted(campaign.code);
  });

  it('refuses more beacons than a batch may hold', async () => {
    const { campaign } = await givenCampaign();
    const beacons = Array.from({ length: beaconLimits.maxBeaconsPerBatch + 1 }, () => aBeacon());

    const response = await send(aBatch(campaign.code, beacons));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    await expectNothingCounted(campaign.code);
  });

  it('refuses a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await send(JSON.stringify({ padding: 'x'.repeat(beaconLimits.maxBodyBytes) }), {
      headers: { 'content-type': 'application/json' },
    });

    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an unknown campaign code with 404 CAMPAIGN_NOT_FOUND', async () => {
    const response = await send(aBatch('no-such-campaign', [aBeacon()]));

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('CAMPAIGN_NOT_FOUND');
  });

  it('refuses the whole batch when one beacon names a material outside the campaign', async () => {
    const { campaign } = await givenCampaign();

    const response = await send(
      aBatch(campaign.code, [aBeacon(), aBeacon({ target: { type: 'material', materialId: 'not-in-campaign' } })]),
    );

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/beacons\.1\.target\.materialId/);
    await expectNothingCounted(campaign.code);
  });

  it('refuses a beacon dated in the future', async () => {
    const { campaign } = await givenCampaign();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();

    const response = await send(aBatch(campaign.code, [aBeacon({ at: tomorrow })]));

    expect(response.status).toBe(400);
    await expectNothingCounted(campaign.code);
  });

  it('refuses an empty body', async () => {
    const response = await invoke(recordBeacons, { method: 'POST', headers: { 'content-type': 'application/json' } });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
