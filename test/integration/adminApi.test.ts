import { randomUUID } from 'node:crypto';
import { addDays, shanghaiDate } from '@rights-outreach/shared';
import { handler as createAccount } from '../../functions/src/handlers/createAccount';
import { handler as createCampaign } from '../../functions/src/handlers/createCampaign';
import { handler as createOrgUnit } from '../../functions/src/handlers/createOrgUnit';
import { handler as listAccounts } from '../../functions/src/handlers/listAccounts';
import { handler as listCampaigns } from '../../functions/src/handlers/listCampaigns';
import { handler as listOrgUnits } from '../../functions/src/handlers/listOrgUnits';
import { handler as updateCampaign } from '../../functions/src/handlers/updateCampaign';
import { handler as updateOrgUnit } from '../../functions/src/handlers/updateOrgUnit';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { invoke } from '../support/invoke';

let tree: OrgTree;
let admin: TestAccount;

beforeAll(async () => {
  tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
});

const as = (body: unknown, extra: object = {}) => ({ method: 'POST', body, headers: bearer(admin), ...extra });
const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe('org units', () => {
  it('adds a unit below its parent and lists it after the parent', async () => {
    const id = newId('counter');

    const created = await invoke(createOrgUnit, as({ id, name: '东环营业部柜面', level: 'counter', parentId: tree.countyA.id }));
    const units = (await invoke(listOrgUnits, { headers: bearer(admin) })).body.units.map((u: { id: string }) => u.id);

    expect(created.status).toBe(201);
    expect(units.indexOf(id)).toBeGreaterThan(units.indexOf(tree.countyA.id));
  });

  it('refuses a unit that does not sit below a higher level', async () => {
    const response = await invoke(
      createOrgUnit,
      as({ id: newId('prov'), name: '错位的省分公司', level: 'province', parentId: tree.countyA.id }),
    );

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/level/);
  });

  it('refuses a unit without a parent unless it is the head office', async () => {
    const response = await invoke(createOrgUnit, as({ id: newId('city'), name: '无上级的市分公司', level: 'city' }));

    expect(response.status).toBe(400);
  });

  it('refuses a second unit with the same id', async () => {
    const response = await invoke(createOrgUnit, as({ id: tree.countyA.id, name: '重复', level: 'county', parentId: tree.city.id }));

    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('ALREADY_EXISTS');
  });

  it('renames a unit', async () => {
    const response = await invoke(updateOrgUnit, {
      method: 'PATCH',
      pathParameters: { id: tree.countyB.id },
      body: { name: '乙县支公司（新）' },
      headers: bearer(admin),
    });

    expect(response.body).toMatchObject({ id: tree.countyB.id, name: '乙县支公司（新）', level: 'county' });
  });
});

describe('accounts', () => {
  it('creates an account without ever returning its password', async () => {
    const employeeNo = `E${randomUUID().slice(0, 6)}`;

    const response = await invoke(
      createAccount,
      as({ employeeNo, name: '李四', role: 'staff', unitId: tree.counterA.id, password: 'first-password' }),
    );

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      employeeNo: employeeNo.toUpperCase(),
      name: '李四',
      role: 'staff',
      unitId: tree.counterA.id,
      disabled: false,
      wechatBound: false,
    });
    const listed = JSON.stringify((await invoke(listAccounts, { headers: bearer(admin) })).body);
    expect(listed).toContain(employeeNo.toUpperCase());
    expect(listed).not.toMatch(/password|scrypt/i);
  });

  it('refuses a second account with the same 工号, whatever its case', async () => {
    const employeeNo = `E${randomUUID().slice(0, 6)}`;
    await invoke(
      createAccount,
      as({ employeeNo: employeeNo.toUpperCase(), name: '王五', role: 'staff', unitId: tree.countyA.id, password: 'first-password' }),
    );

    const response = await invoke(
      createAccount,
      as({ employeeNo: employeeNo.toLowerCase(), name: '王五', role: 'staff', unitId: tree.countyA.id, password: 'first-password' }),
    );

    expect(response.status).toBe(409);
  });

  it('refuses a short password and an unknown unit', async () => {
    const short = await invoke(
      createAccount,
      as({ employeeNo: 'E000001', name: '赵六', role: 'staff', unitId: tree.countyA.id, password: 'short' }),
    );
    const noUnit = await invoke(
      createAccount,
      as({ employeeNo: 'E000002', name: '赵六', role: 'staff', unitId: 'no-such-unit', password: 'long-enough-1' }),
    );

    expect(short.status).toBe(400);
    expect(noUnit.status).toBe(400);
  });
});

describe('campaigns', () => {
  const today = shanghaiDate(new Date());
  const campaign = (code: string, startOffset: number, endOffset: number) => ({
    code,
    type: 'special',
    name: '防范非法集资专项宣传',
    slogan: '守住钱袋子 护好幸福家',
    startDate: addDays(today, startOffset),
    endDate: addDays(today, endOffset),
    targetGroups: ['elderly'],
    materialIds: [],
  });

  it('lists campaigns running today before upcoming and past ones', async () => {
    const [past, upcoming, running] = [newId('past'), newId('soon'), newId('now')];
    await invoke(createCampaign, as(campaign(past, -60, -30)));
    await invoke(createCampaign, as(campaign(upcoming, 30, 60)));
    await invoke(createCampaign, as(campaign(running, -1, 1)));

    const codes = (await invoke(listCampaigns, { headers: bearer(admin) })).body.campaigns.map((c: { code: string }) => c.code);

    expect(codes.indexOf(running)).toBeLessThan(codes.indexOf(upcoming));
    expect(codes.indexOf(upcoming)).toBeLessThan(codes.indexOf(past));
  });

  it('refuses an end date before the start date and an unknown material', async () => {
    const backwards = await invoke(createCampaign, as(campaign(newId('bad'), 5, 1)));
    const unknownMaterial = await invoke(createCampaign, as({ ...campaign(newId('bad'), 0, 1), materialIds: ['no-such-material'] }));

    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/endDate/);
    expect(unknownMaterial.status).toBe(400);
  });

  it('edits everything but the code, which QR codes carry', async () => {
    const code = newId('edit');
    await invoke(createCampaign, as(campaign(code, 0, 7)));
    const { code: _code, ...fields } = campaign(code, 0, 7);

    const edited = await invoke(updateCampaign, {
      method: 'PUT',
      pathParameters: { code },
      body: { ...fields, slogan: '新口号' },
      headers: bearer(admin),
    });
    const withCode = await invoke(updateCampaign, {
      method: 'PUT',
      pathParameters: { code },
      body: { ...fields, code: 'other' },
      headers: bearer(admin),
    });

    expect(edited.body).toMatchObject({ code, slogan: '新口号' });
    expect(withCode.status).toBe(400);
  });
});
