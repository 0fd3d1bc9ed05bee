import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { handler as createMaterial } from '../../functions/src/handlers/createMaterial';
import { handler as getMaterial } from '../../functions/src/handlers/getMaterial';
import { handler as listMaterials } from '../../functions/src/handlers/listMaterials';
import { handler as updateMaterial } from '../../functions/src/handlers/updateMaterial';
import { db, tableName } from '../../functions/src/repository/client';
import { keys } from '../../functions/src/repository/keys';
import { findMaterialRecord, putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aMaterial } from '../support/fixtures';
import { invoke } from '../support/invoke';

let admin: TestAccount;
beforeAll(async () => {
  admin = await givenAccount({ role: 'admin', unitId: (await givenOrgTree()).headOffice.id });
});

const as = (method: string, body?: unknown, id?: string) => ({
  method,
  headers: bearer(admin),
  ...(id ? { pathParameters: { id } } : {}),
  ...(body ? { body } : {}),
});

describe('a material’s format and origin', () => {
  it('stores 美篇 reposted from a named source', async () => {
    const material = aMaterial({ format: 'meipian', origin: { kind: 'reposted', from: '国家金融监督管理总局' } });

    const created = await invoke(createMaterial, as('POST', material));

    expect(created.status).toBe(201);
    expect(created.body.draft).toMatchObject({ format: 'meipian', origin: { kind: 'reposted', from: '国家金融监督管理总局' } });
  });

  it.each([
    ['no origin', { origin: undefined }],
    ['转载 without its source', { origin: { kind: 'reposted' } }],
    ['原创 with a source', { origin: { kind: 'original', from: '行业协会' } }],
    ['an unknown format', { format: 'comic' }],
  ])('refuses %s with 400 and stores nothing', async (_case, changes) => {
    const material = { ...aMaterial(), ...changes };

    const response = await invoke(createMaterial, as('POST', material));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(await findMaterialRecord(material.id)).toBeUndefined();
  });

  it('reads a material stored before origins as 原创, for consumers and for admin, and lets admin set 转载', async () => {
    const material = aMaterial();
    await putMaterial(material);
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.material(material.id),
        UpdateExpression: 'REMOVE draft.origin, published.origin',
      }),
    );

    const consumer = await invoke(getMaterial, { pathParameters: { id: material.id } });
    const list = await invoke(listMaterials, as('GET'));
    const { id, kind, ...fields } = material;
    const edited = await invoke(updateMaterial, as('PUT', { ...fields, origin: { kind: 'reposted', from: '行业协会' } }, id));

    expect(consumer.body.origin).toEqual({ kind: 'original' });
    expect(list.body.materials.find((m: { id: string }) => m.id === material.id).draft.origin).toEqual({ kind: 'original' });
    expect(edited.body.draft.origin).toEqual({ kind: 'reposted', from: '行业协会' });
    expect(edited.body.published.origin).toEqual({ kind: 'original' });
    expect(kind).toBe('right');
  });
});
