import { handler as createMaterial } from '../../functions/src/handlers/createMaterial';
import { handler as getMaterial } from '../../functions/src/handlers/getMaterial';
import { handler as getPublicCampaign } from '../../functions/src/handlers/getPublicCampaign';
import { handler as listMaterials } from '../../functions/src/handlers/listMaterials';
import { handler as publishMaterial } from '../../functions/src/handlers/publishMaterial';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { handler as unpublishMaterial } from '../../functions/src/handlers/unpublishMaterial';
import { handler as updateMaterial } from '../../functions/src/handlers/updateMaterial';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/src/repository/client';
import { findMaterialVersions, putMaterial } from '../../functions/src/repository/materialRepository';
import { updateCampaign } from '../../functions/src/domain/admin/campaigns';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aBatch, aBeacon, aMaterial, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { readTotals } from '../support/totals';

let admin: TestAccount;
beforeAll(async () => {
  admin = await givenAccount({ role: 'admin', unitId: (await givenOrgTree()).headOffice.id });
});

const as = (method: string, id?: string, body?: unknown) => ({
  method,
  headers: bearer(admin),
  ...(id ? { pathParameters: { id } } : {}),
  ...(body ? { body } : {}),
});
const publicView = (id: string) => invoke(getMaterial, { pathParameters: { id } });

describe('managing materials', () => {
  it('creates a draft consumers cannot see, publishes it as version 1, and refuses a second material with the same id', async () => {
    const material = aMaterial({ kind: 'case', title: '警惕冒充客服退款' });

    const created = await invoke(createMaterial, as('POST', undefined, material));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: material.id, status: 'draft', hasUnpublishedChanges: true });
    expect((await publicView(material.id)).status).toBe(404);

    const published = await invoke(publishMaterial, as('POST', material.id));
    expect(published.body).toMatchObject({
      status: 'published',
      hasUnpublishedChanges: false,
      published: { version: 1, title: '警惕冒充客服退款' },
    });
    expect((await publicView(material.id)).body).toMatchObject({ id: material.id, version: 1, title: '警惕冒充客服退款' });

    const again = await invoke(createMaterial, as('POST', undefined, material));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_EXISTS');
  });

  it('keeps a published version as it was: edits go to the draft until published as the next version', async () => {
    const material = aMaterial();
    await invoke(createMaterial, as('POST', undefined, material));
    await invoke(publishMaterial, as('POST', material.id));
    const { id, kind, ...fields } = material;

    const edited = await invoke(updateMaterial, as('PUT', id, { ...fields, title: '知情权（修订）' }));
    expect(edited.body).toMatchObject({
      hasUnpublishedChanges: true,
      draft: { title: '知情权（修订）' },
      published: { version: 1, title: material.title },
    });
    expect((await publicView(id)).body).toMatchObject({ version: 1, title: material.title });

    await invoke(publishMaterial, as('POST', id));
    expect((await publicView(id)).body).toMatchObject({ version: 2, title: '知情权（修订）' });
    const versions = await findMaterialVersions(id);
    expect(versions.map((v) => [v.version, v.title])).toEqual([
      [1, material.title],
      [2, '知情权（修订）'],
    ]);
  });

  it('publishing an unchanged draft again writes no new version', async () => {
    const material = aMaterial();
    await invoke(createMaterial, as('POST', undefined, material));
    await invoke(publishMaterial, as('POST', material.id));

    await invoke(publishMaterial, as('POST', material.id));

    expect((await findMaterialVersions(material.id)).length).toBe(1);
  });

  it('unpublishing hides a material from the landing page and its detail, while figures counted under it stay', async () => {
    const { campaign, materials } = await givenCampaign();
    const [kept, hidden] = materials;
    await invoke(recordBeacons, {
      method: 'POST',
      body: aBatch(campaign.code, [aBeacon({ target: { type: 'material', materialId: hidden!.id } })]),
    });

    const response = await invoke(unpublishMaterial, as('POST', hidden!.id));

    expect(response.body.status).toBe('unpublished');
    expect((await publicView(hidden!.id)).status).toBe(404);
    const landing = await invoke(getPublicCampaign, { pathParameters: { code: campaign.code } });
    expect(landing.body.materials.map((m: { id: string }) => m.id)).toEqual([kept!.id]);
    const byMaterial = (await readTotals(campaign.code, admin)).breakdowns.material;
    expect(byMaterial).toEqual([
      expect.objectContaining({ key: hidden!.id, label: hidden!.title, metrics: expect.objectContaining({ views: 1 }) }),
    ]);

    await invoke(publishMaterial, as('POST', hidden!.id));
    expect((await publicView(hidden!.id)).body.version).toBe(1);
  });

  it('shows the landing page a campaign’s materials in the order admin set', async () => {
    const { campaign, materials } = await givenCampaign();
    const { code, ...fields } = campaign;
    const reversed = [...materials].reverse().map((m) => m.id);

    await updateCampaign(code, { ...fields, materialIds: reversed });

    const landing = await invoke(getPublicCampaign, { pathParameters: { code } });
    expect(landing.body.materials.map((m: { id: string }) => m.id)).toEqual(reversed);
  });

  it('lists every material with its status for admin', async () => {
    const material = aMaterial();
    await invoke(createMaterial, as('POST', undefined, material));

    const list = await invoke(listMaterials, as('GET'));

    expect(list.body.materials).toContainEqual(expect.objectContaining({ id: material.id, status: 'draft' }));
  });

  it.each([
    ['a title too short', { title: '知' }],
    ['a video that is not https', { videoUrl: 'http://example.com/v.mp4' }],
    ['no sections', { sections: [] }],
  ])('refuses %s with 400 and writes nothing', async (_, overrides) => {
    const material = { ...aMaterial(), ...overrides };

    const response = await invoke(createMaterial, as('POST', undefined, material));

    expect(response.status).toBe(400);
    expect((await publicView(material.id)).status).toBe(404);
  });

  it('publishes a material stored before versioning (a local database from an older build) as version 1', async () => {
    const material = aMaterial();
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          pk: `MATERIAL#${material.id}`,
          sk: 'META',
          gsi1pk: 'MATERIALS',
          gsi1sk: `right#${material.id}`,
          entity: 'material',
          ...material,
        },
      }),
    );

    await putMaterial(material);

    expect((await publicView(material.id)).body).toMatchObject({ id: material.id, version: 1, title: material.title });
  });
});
