import { handler as getMaterial } from '../../functions/src/handlers/getMaterial';
import { handler as getPublicCampaign } from '../../functions/src/handlers/getPublicCampaign';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { aMaterial, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

describe('public campaign and materials', () => {
  it('shows a campaign by its public code with its materials in campaign order', async () => {
    const { campaign, materials } = await givenCampaign();

    const response = await invoke(getPublicCampaign, { pathParameters: { code: campaign.code } });

    expect(response.status).toBe(200);
    expect(response.body.campaign).toMatchObject({ code: campaign.code, name: campaign.name, slogan: campaign.slogan });
    expect(response.body.materials.map((m: { id: string }) => m.id)).toEqual(materials.map((m) => m.id));
    expect(response.body.materials[0]).not.toHaveProperty('sections');
  });

  it('lists the materials in the order the admin set, not in the order of their ids', async () => {
    const materials = ['m-a', 'm-b', 'm-c', 'm-d', 'm-e', 'm-f'].map((prefix) =>
      aMaterial({ id: `${prefix}-${Math.random().toString(36).slice(2, 8)}` }),
    );
    for (const material of materials) await putMaterial(material);
    const order = [materials[4]!, materials[0]!, materials[5]!, materials[2]!, materials[1]!, materials[3]!].map((m) => m.id);
    const { campaign } = await givenCampaign({ materialIds: order });

    const response = await invoke(getPublicCampaign, { pathParameters: { code: campaign.code } });

    expect(response.body.materials.map((m: { id: string }) => m.id)).toEqual(order);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for an unknown code', async () => {
    const response = await invoke(getPublicCampaign, { pathParameters: { code: 'no-such-campaign' } });

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'CAMPAIGN_NOT_FOUND', message: expect.any(String) } });
  });

  it('answers 404 for a code that could never exist instead of querying with it', async () => {
    const response = await invoke(getPublicCampaign, { pathParameters: { code: '../../etc/passwd' } });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('CAMPAIGN_NOT_FOUND');
  });

  it('returns a whole material with its sections', async () => {
    const { materials } = await givenCampaign();

    const response = await invoke(getMaterial, { pathParameters: { id: materials[0]!.id } });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...materials[0], version: 1, publishedAt: expect.any(String) });
  });

  it('answers 404 MATERIAL_NOT_FOUND for an unknown material', async () => {
    const response = await invoke(getMaterial, { pathParameters: { id: 'missing-material' } });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('MATERIAL_NOT_FOUND');
  });
});
