import { randomUUID } from 'node:crypto';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as createOrgUnit } from '../../functions/src/handlers/createOrgUnit';
import { handler as getEvent } from '../../functions/src/handlers/getEvent';
import { handler as getPublicEvent } from '../../functions/src/handlers/getPublicEvent';
import { handler as listOrgUnits } from '../../functions/src/handlers/listOrgUnits';
import { handler as updateEvent } from '../../functions/src/handlers/updateEvent';
import { handler as updateOrgUnit } from '../../functions/src/handlers/updateOrgUnit';
import { findEventRecord } from '../../functions/src/repository/eventRepository';
import { putOrgUnitIfAbsent } from '../../functions/src/repository/orgRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount, type TestUnit } from '../support/accounts';
import { anEdit, anEventRequest, anOnlineEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';

let tree: OrgTree;
let staff: TestAccount;
let admin: TestAccount;
let campaignCode: string;
/** Sales workplaces under county A, one under county B; counter A is a counter. */
let workplaceA1: TestUnit;
let workplaceA2: TestUnit;
let workplaceB: TestUnit;

async function givenUnit(name: string, parent: TestUnit, kind?: 'counter' | 'sales_workplace'): Promise<TestUnit> {
  const id = `${parent.id}-${randomUUID().slice(0, 6)}`;
  const path = `${parent.path}${id}/`;
  await putOrgUnitIfAbsent({ id, name, level: 'counter', parentId: parent.id, ...(kind ? { kind } : {}), path });
  return { id, name, path };
}

beforeAll(async () => {
  tree = await givenOrgTree();
  [staff, admin] = await Promise.all([
    givenAccount({ role: 'staff', unitId: tree.countyA.id }),
    givenAccount({ role: 'admin', unitId: tree.headOffice.id }),
  ]);
  campaignCode = (await givenCampaign()).campaign.code;
  [workplaceA1, workplaceA2, workplaceB] = await Promise.all([
    givenUnit('甲县第一营销职场', tree.countyA, 'sales_workplace'),
    givenUnit('甲县第二营销职场', tree.countyA, 'sales_workplace'),
    givenUnit('乙县营销职场', tree.countyB, 'sales_workplace'),
  ]);
});

const post = (account: TestAccount, body: unknown) =>
  invoke(createEvent, { method: 'POST', path: '/events', body, headers: bearer(account) });
const put = (account: TestAccount, id: string, body: unknown) =>
  invoke(updateEvent, { method: 'PUT', pathParameters: { id }, body, headers: bearer(account) });

describe('online events', () => {
  it('logs a live stream with its platform, link and the platform’s viewers, and no place or headcount', async () => {
    const request = anOnlineEventRequest(campaignCode, tree.countyA.id);

    const response = await post(staff, request);

    expect(response.status).toBe(201);
    const { clientId, ...fields } = request;
    expect(response.body).toMatchObject({ ...fields, id: clientId, version: 1, unitName: tree.countyA.name });
    expect(response.body).not.toHaveProperty('placeName');
    expect(response.body).not.toHaveProperty('headcount');
    const shown = await invoke(getPublicEvent, { pathParameters: { id: clientId } });
    expect(shown.body.placeName).toBe('线上 · 视频号');
  });

  it('edits an online event, and turning an offline event into one keeps none of its offline fields', async () => {
    const online = anOnlineEventRequest(campaignCode, tree.countyA.id);
    await post(staff, online);
    const offline = anEventRequest(campaignCode, tree.countyA.id, { location: { latitude: 23.1, longitude: 113.3 } });
    await post(staff, offline);

    const edited = await put(staff, online.clientId, anEdit(online, { viewersReported: 8_000, platform: 'douyin' }));
    const { clientId: _id, ...onlineFields } = anOnlineEventRequest(campaignCode, tree.countyA.id, { type: 'online_session' });
    const turned = await put(staff, offline.clientId, { ...onlineFields, mutationId: randomUUID() });

    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ viewersReported: 8_000, platform: 'douyin', version: 2 });
    expect(turned.status).toBe(200);
    const stored = await findEventRecord(offline.clientId);
    expect(stored).toMatchObject({ type: 'online_session', platform: 'wechat_channels', version: 2 });
    for (const field of ['placeName', 'location', 'headcount', 'coverage', 'printed', 'displayAreas'])
      expect(stored).not.toHaveProperty(field);
    const history = (await invoke(getEvent, { pathParameters: { id: offline.clientId }, headers: bearer(staff) })).body.history;
    expect(history[1].changes.map((change: { field: string }) => change.field)).toEqual(
      expect.arrayContaining(['headcount', 'platform', 'type']),
    );
  });

  it.each([
    ['an offline field on an online event', { headcount: 10 }],
    ['a platform outside the list', { platform: 'weibo' }],
    ['a link that is not https', { link: 'http://example.com/live' }],
    ['no viewer figure', { viewersReported: undefined }],
    ['a negative viewer figure', { viewersReported: -1 }],
  ])('refuses %s with 400 and writes nothing', async (_case, change) => {
    const request = { ...anOnlineEventRequest(campaignCode, tree.countyA.id), ...change };

    const response = await post(staff, request);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
    expect(await findEventRecord(request.clientId)).toBeUndefined();
  });

  it('refuses an offline type without a place or with an online field, and an unknown type, with 400 and writes nothing', async () => {
    const { placeName: _place, ...noPlace } = anEventRequest(campaignCode, tree.countyA.id);
    const requests = [
      noPlace,
      { ...anEventRequest(campaignCode, tree.countyA.id), platform: 'douyin' },
      { ...anOnlineEventRequest(campaignCode, tree.countyA.id), type: 'podcast' },
    ];

    for (const request of requests) {
      const response = await post(staff, request);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(await findEventRecord(request.clientId)).toBeUndefined();
    }
  });

  it('refuses an edit that breaks the online schema and leaves the event as it was', async () => {
    const request = anOnlineEventRequest(campaignCode, tree.countyA.id);
    await post(staff, request);

    const response = await put(staff, request.clientId, { ...anEdit(request), link: 'ftp://example.com' });

    expect(response.status).toBe(400);
    expect(await findEventRecord(request.clientId)).toMatchObject({ version: 1, link: request.link });
  });
});

describe('a 职场培训 names the sales workplaces it trained', () => {
  const training = (workplaceIds: string[], unitId = tree.countyA.id) =>
    anEventRequest(campaignCode, unitId, { type: 'workplace_training', headcount: 0, workplaceIds });

  it('stores sales workplaces of the event’s unit subtree', async () => {
    const request = training([workplaceA1.id, workplaceA2.id]);

    const response = await post(staff, request);

    expect(response.status).toBe(201);
    expect(response.body.workplaceIds).toEqual([workplaceA1.id, workplaceA2.id]);
  });

  it.each([
    ['an unknown unit', () => [workplaceA1.id, `${tree.countyA.id}-nowhere`]],
    ['a counter, not a sales workplace', () => [tree.counterA.id]],
    ['a workplace outside the event’s unit', () => [workplaceB.id]],
  ])('refuses %s with 400 and writes nothing', async (_case, ids) => {
    const request = training(ids());

    const response = await post(staff, request);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('workplaceIds') } });
    expect(await findEventRecord(request.clientId)).toBeUndefined();
  });

  it('refuses workplaces on an event of another type, and the same workplace twice', async () => {
    const requests = [
      anEventRequest(campaignCode, tree.countyA.id, { workplaceIds: [workplaceA1.id] }),
      training([workplaceA1.id, workplaceA1.id]),
    ];

    for (const request of requests) {
      const response = await post(staff, request);
      expect(response.status).toBe(400);
      expect(await findEventRecord(request.clientId)).toBeUndefined();
    }
  });

  it('refuses an edit naming a workplace outside the event’s unit and keeps the stored workplaces', async () => {
    const request = training([workplaceA1.id]);
    await post(staff, request);

    const response = await put(admin, request.clientId, anEdit(request, { workplaceIds: [workplaceB.id] }));

    expect(response.status).toBe(400);
    expect(await findEventRecord(request.clientId)).toMatchObject({ version: 1, workplaceIds: [workplaceA1.id] });
  });
});

describe('unit kinds', () => {
  const as = (body: unknown, extra: object = {}) => ({ method: 'POST', body, headers: bearer(admin), ...extra });
  const newId = () => `wp-${randomUUID().slice(0, 8)}`;

  it('creates a sales workplace, and a counter-level unit without a kind as a counter', async () => {
    const workplace = await invoke(
      createOrgUnit,
      as({ id: newId(), name: '东环营销职场', level: 'counter', parentId: tree.countyA.id, kind: 'sales_workplace' }),
    );
    const counter = await invoke(createOrgUnit, as({ id: newId(), name: '东环营业部柜面', level: 'counter', parentId: tree.countyA.id }));

    expect(workplace.status).toBe(201);
    expect(workplace.body.kind).toBe('sales_workplace');
    expect(counter.body.kind).toBe('counter');
    const listed = (await invoke(listOrgUnits, { headers: bearer(admin) })).body.units;
    expect(listed.find((unit: { id: string }) => unit.id === workplace.body.id).kind).toBe('sales_workplace');
  });

  it('refuses a kind on a unit above the lowest level, when created and when edited, and writes nothing', async () => {
    const id = newId();
    const created = await invoke(
      createOrgUnit,
      as({ id, name: '带类型的县支公司', level: 'county', parentId: tree.city.id, kind: 'counter' }),
    );
    const edited = await invoke(updateOrgUnit, {
      method: 'PATCH',
      pathParameters: { id: tree.countyB.id },
      body: { name: '测试乙县支公司B', kind: 'sales_workplace' },
      headers: bearer(admin),
    });

    expect(created.status).toBe(400);
    expect(edited.status).toBe(400);
    const units = (await invoke(listOrgUnits, { headers: bearer(admin) })).body.units;
    expect(units.find((unit: { id: string }) => unit.id === id)).toBeUndefined();
    expect(units.find((unit: { id: string }) => unit.id === tree.countyB.id)).not.toHaveProperty('kind');
  });

  it('turns a counter stored before kinds existed into a sales workplace, keeping its name', async () => {
    const unit = await givenUnit('旧柜面', tree.countyA);

    const response = await invoke(updateOrgUnit, {
      method: 'PATCH',
      pathParameters: { id: unit.id },
      body: { name: '旧柜面改营销职场', kind: 'sales_workplace' },
      headers: bearer(admin),
    });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: unit.id, name: '旧柜面改营销职场', level: 'counter', kind: 'sales_workplace' });
  });
});
