import { randomUUID } from 'node:crypto';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as deleteEvent } from '../../functions/src/handlers/deleteEvent';
import { handler as getCampaignQr } from '../../functions/src/handlers/getCampaignQr';
import { handler as unpublishMaterial } from '../../functions/src/handlers/unpublishMaterial';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aMaterial, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

let tree: OrgTree;
let admin: TestAccount;
beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
});

async function givenEvent(campaignCode: string): Promise<string> {
  const request = anEventRequest(campaignCode, tree.countyA.id);
  expect((await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) })).status).toBe(201);
  return request.clientId;
}

const qr = (code: string, query: Record<string, string>) => invoke(getCampaignQr, { pathParameters: { code }, query });

describe('campaign QR code', () => {
  it('serves an SVG that encodes the landing link tagged with the source', async () => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'svg', s: 'poster' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['x-landing-url']).toBe(`https://outreach.test/pages/landing/index?c=${campaign.code}&s=poster`);
    expect(Buffer.from(response.rawBody, 'base64').toString()).toContain('<svg');
  });

  it('serves a PNG', async () => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'png' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(Buffer.from(response.rawBody, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses an unknown format', async () => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'gif' });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 404 for an unknown campaign', async () => {
    const response = await invoke(getCampaignQr, { pathParameters: { code: 'no-such-campaign' } });

    expect(response.status).toBe(404);
  });
});

describe("a consumer's share poster QR code (material and event)", () => {
  it('encodes the landing link with the source, the event and the material the poster names', async () => {
    const { campaign, materials } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    const material = materials[1]!;

    const response = await qr(campaign.code, { format: 'png', s: 'counter', e: eventId, m: material.id });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['x-landing-url']).toBe(
      `https://outreach.test/pages/landing/index?c=${campaign.code}&s=counter&e=${eventId}&m=${material.id}`,
    );
    expect(response.headers['content-disposition']).toBe(`inline; filename="${campaign.code}-counter-${material.id}.png"`);
  });

  it('encodes a material without source or event when the consumer came with neither', async () => {
    const { campaign, materials } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'svg', m: materials[0]!.id });

    expect(response.status).toBe(200);
    expect(response.headers['x-landing-url']).toBe(`https://outreach.test/pages/landing/index?c=${campaign.code}&m=${materials[0]!.id}`);
  });

  it.each([
    ['a material id that could never exist', { m: '../admin' }],
    ['an upper-case material id', { m: 'Right-To-Know' }],
    ['an event id that is not a UUID', { e: 'event-1' }],
    ['an empty event id', { e: '' }],
  ])('refuses %s with 400 VALIDATION_FAILED and the standard error body', async (_name, query) => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'png', ...query });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
  });

  it('answers 404 MATERIAL_NOT_FOUND for a material nobody published', async () => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'png', m: 'no-such-material' });

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'MATERIAL_NOT_FOUND', message: expect.any(String) } });
  });

  it("answers 404 MATERIAL_NOT_FOUND for a published material that is not one of the campaign's", async () => {
    const { campaign } = await givenCampaign();
    const elsewhere = aMaterial({ title: '信息安全权' });
    await putMaterial(elsewhere);

    const response = await qr(campaign.code, { format: 'png', m: elsewhere.id });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('MATERIAL_NOT_FOUND');
  });

  it('answers 404 MATERIAL_NOT_FOUND once the material is unpublished', async () => {
    const { campaign, materials } = await givenCampaign();
    const withdrawn = materials[0]!;
    expect((await invoke(unpublishMaterial, { method: 'POST', pathParameters: { id: withdrawn.id }, headers: bearer(admin) })).status).toBe(
      200,
    );

    const response = await qr(campaign.code, { format: 'png', m: withdrawn.id });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('MATERIAL_NOT_FOUND');
  });

  it('answers 404 EVENT_NOT_FOUND for an event nobody logged', async () => {
    const { campaign } = await givenCampaign();

    const response = await qr(campaign.code, { format: 'png', e: randomUUID() });

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'EVENT_NOT_FOUND', message: expect.any(String) } });
  });

  it('answers 404 EVENT_NOT_FOUND for an event of another campaign', async () => {
    const { campaign } = await givenCampaign();
    const { campaign: other } = await givenCampaign();
    const eventId = await givenEvent(other.code);

    const response = await qr(campaign.code, { format: 'png', e: eventId });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('EVENT_NOT_FOUND');
  });

  it('answers 404 EVENT_NOT_FOUND for a deleted event', async () => {
    const { campaign } = await givenCampaign();
    const eventId = await givenEvent(campaign.code);
    const deleted = await invoke(deleteEvent, {
      method: 'POST',
      pathParameters: { id: eventId },
      body: { mutationId: randomUUID() },
      headers: bearer(admin),
    });
    expect(deleted.status).toBe(200);

    const response = await qr(campaign.code, { format: 'png', e: eventId });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('EVENT_NOT_FOUND');
  });
});
