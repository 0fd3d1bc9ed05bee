import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { api, type EndpointName } from '@rights-outreach/shared';
import type { HttpHandler } from '../../functions/src/http/httpHandler';
import { findEventRecord } from '../../functions/src/repository/eventRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { aMaterial, anEdit, anEventRequest, givenCampaign } from '../support/fixtures';
import { findMaterialRecord, putMaterial } from '../../functions/src/repository/materialRepository';
import { invoke, type InvokeOptions } from '../support/invoke';
import { findUnitRecord } from '../../functions/src/repository/unitRecordRepository';
import { aMediaPostRequest, aPlatformFigureRequest, aRecordEdit } from '../support/recordFixtures';

/**
 * Who may call what, for every endpoint of the API contract that needs a sign-in: each role
 * at each place in the tree, and nobody at all. "ok" is 2xx; otherwise the exact refusal.
 * After a refused write, the record is checked unchanged.
 */
type Caller =
  'anonymous' | 'admin' | 'marketingProvince' | 'marketingCountyB' | 'staffCountyA' | 'staffCountyA2' | 'staffCounterA' | 'staffCountyB';
type Expected = 'ok' | 401 | 403;

const handlersDir = join(__dirname, '..', '..', 'functions', 'src', 'handlers');
const handler = (name: EndpointName): HttpHandler => require(join(handlersDir, name)).handler;

let tree: OrgTree;
let accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount>;
let campaignCode: string;
/** An event logged in county A by staffCountyA. */
let givenEvent: () => Promise<{ id: string; request: ReturnType<typeof anEventRequest> }>;

beforeAll(async () => {
  tree = await givenOrgTree();
  const at = (role: TestAccount['role'], unitId: string) => givenAccount({ role, unitId });
  const [admin, marketingProvince, marketingCountyB, staffCountyA, staffCountyA2, staffCounterA, staffCountyB] = await Promise.all([
    at('admin', tree.headOffice.id),
    at('marketing', tree.province.id),
    at('marketing', tree.countyB.id),
    at('staff', tree.countyA.id),
    at('staff', tree.countyA.id),
    at('staff', tree.counterA.id),
    at('staff', tree.countyB.id),
  ]);
  accounts = { admin, marketingProvince, marketingCountyB, staffCountyA, staffCountyA2, staffCounterA, staffCountyB };
  campaignCode = (await givenCampaign()).campaign.code;
  givenEvent = async () => {
    const request = anEventRequest(campaignCode, tree.countyA.id);
    const created = await invoke(handler('createEvent'), { method: 'POST', body: request, headers: bearer(accounts.staffCountyA) });
    expect(created.status).toBe(201);
    return { id: request.clientId, request };
  };
});

interface Case {
  endpoint: EndpointName;
  /** Builds the request (fresh data per call) and, for writes, a check that nothing changed. */
  request: () => Promise<{ options: InvokeOptions; unchanged?: () => Promise<void> }>;
  expected: Record<Caller, Expected>;
}

const everyone = (expected: Expected, overrides: Partial<Record<Caller, Expected>> = {}): Record<Caller, Expected> => ({
  anonymous: 401,
  admin: expected,
  marketingProvince: expected,
  marketingCountyB: expected,
  staffCountyA: expected,
  staffCountyA2: expected,
  staffCounterA: expected,
  staffCountyB: expected,
  ...overrides,
});
const adminOnly = everyone(403, { admin: 'ok' });
const eventUnchanged = (id: string, version: number) => async () => {
  const event = await findEventRecord(id);
  expect({ version: event?.version, deleted: Boolean(event?.deletedAt) }).toEqual({ version, deleted: false });
};
/** A published material (version 1) whose refused changes must leave it as it was. */
const givenMaterial = async () => {
  const material = aMaterial();
  await putMaterial(material);
  return material;
};
const materialUnchanged = (material: ReturnType<typeof aMaterial>) => async () => {
  const record = await findMaterialRecord(material.id);
  expect({ status: record?.status, version: record?.published?.version, title: record?.draft.title }).toEqual({
    status: 'published',
    version: 1,
    title: material.title,
  });
};
// Reading an event of county A: the province above it and county A itself; not county B, not the counter below.
const readEventOfCountyA = everyone('ok', { marketingCountyB: 403, staffCounterA: 403, staffCountyB: 403 });

/** A platform figure or media post county A's staff entered; refused changes must leave it at version 1. */
const givenRecord = async (endpoint: 'createPlatformFigure' | 'createMediaPost') => {
  const request =
    endpoint === 'createPlatformFigure'
      ? aPlatformFigureRequest(campaignCode, tree.countyA.id)
      : aMediaPostRequest(campaignCode, tree.countyA.id);
  const created = await invoke(handler(endpoint), { method: 'POST', body: request, headers: bearer(accounts.staffCountyA) });
  expect(created.status).toBe(201);
  const unchanged = async () => {
    const record = await findUnitRecord(request.clientId);
    expect({ version: record?.version, deleted: Boolean(record?.deletedAt) }).toEqual({ version: 1, deleted: false });
  };
  return { request, id: request.clientId, unchanged };
};
const recordCases = (kind: 'PlatformFigure' | 'MediaPost'): Case[] => {
  const create = `create${kind}` as const;
  const requestOf = () =>
    kind === 'PlatformFigure' ? aPlatformFigureRequest(campaignCode, tree.countyA.id) : aMediaPostRequest(campaignCode, tree.countyA.id);
  return [
    { endpoint: `list${kind}s`, request: async () => ({ options: { query: { campaign: campaignCode } } }), expected: everyone('ok') },
    {
      endpoint: create,
      request: async () => {
        const request = requestOf();
        return {
          options: { method: 'POST', body: request },
          unchanged: async () => expect(await findUnitRecord(request.clientId)).toBeUndefined(),
        };
      },
      // Staff and marketing enter them for their own unit or below.
      expected: readEventOfCountyA,
    },
    {
      endpoint: `get${kind}`,
      request: async () => ({ options: { pathParameters: { id: (await givenRecord(create)).id } } }),
      expected: readEventOfCountyA,
    },
    {
      endpoint: `update${kind}`,
      request: async () => {
        const { id, request, unchanged } = await givenRecord(create);
        return { options: { method: 'PUT', pathParameters: { id }, body: aRecordEdit(request, { notes: '改过' }) }, unchanged };
      },
      // Editable by its unit: anyone whose subtree holds county A, not only who entered it.
      expected: readEventOfCountyA,
    },
    {
      endpoint: `delete${kind}`,
      request: async () => {
        const { id, unchanged } = await givenRecord(create);
        return { options: { method: 'POST', pathParameters: { id }, body: { mutationId: randomUUID() } }, unchanged };
      },
      expected: readEventOfCountyA,
    },
  ];
};

const cases: Case[] = [
  { endpoint: 'getMe', request: async () => ({ options: {} }), expected: everyone('ok') },
  { endpoint: 'listOrgUnits', request: async () => ({ options: {} }), expected: everyone('ok') },
  {
    endpoint: 'createOrgUnit',
    request: async () => ({
      options: {
        method: 'POST',
        body: { id: `u-${randomUUID().slice(0, 8)}`, name: '新柜面', level: 'counter', parentId: tree.countyA.id },
      },
    }),
    expected: adminOnly,
  },
  {
    endpoint: 'updateOrgUnit',
    request: async () => ({ options: { method: 'PATCH', pathParameters: { id: tree.counterA.id }, body: { name: '测试甲县柜面' } } }),
    expected: adminOnly,
  },
  { endpoint: 'listAccounts', request: async () => ({ options: {} }), expected: adminOnly },
  {
    endpoint: 'createAccount',
    request: async () => ({
      options: {
        method: 'POST',
        body: {
          employeeNo: `N${randomUUID().slice(0, 8)}`,
          name: '新员工',
          role: 'staff',
          unitId: tree.countyA.id,
          password: 'initial-password-1',
        },
      },
    }),
    expected: adminOnly,
  },
  {
    endpoint: 'updateAccount',
    request: async () => {
      const target = await givenAccount({ role: 'staff', unitId: tree.countyB.id });
      return { options: { method: 'PATCH', pathParameters: { employeeNo: target.employeeNo }, body: { name: '改名' } } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'resetPassword',
    request: async () => {
      const target = await givenAccount({ role: 'staff', unitId: tree.countyB.id });
      return { options: { method: 'POST', pathParameters: { employeeNo: target.employeeNo }, body: { password: 'another-password' } } };
    },
    expected: adminOnly,
  },
  { endpoint: 'listCampaigns', request: async () => ({ options: {} }), expected: everyone('ok') },
  {
    endpoint: 'createCampaign',
    request: async () => ({
      options: {
        method: 'POST',
        body: {
          code: `c-${randomUUID().slice(0, 8)}`,
          type: 'special',
          name: '反诈专项宣传',
          slogan: '守护钱袋子',
          startDate: '2026-12-01',
          endDate: '2026-12-31',
          targetGroups: [],
          materialIds: [],
        },
      },
    }),
    expected: adminOnly,
  },
  {
    endpoint: 'updateCampaign',
    request: async () => {
      const { campaign } = await givenCampaign();
      const { code, ...fields } = campaign;
      return { options: { method: 'PUT', pathParameters: { code }, body: { ...fields, slogan: '新的口号' } } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'getCampaignTotals',
    request: async () => ({ options: { pathParameters: { code: campaignCode } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok', marketingCountyB: 'ok' }),
  },
  // Reports: marketing and admin, for their own unit and any unit below it; never above or beside.
  {
    endpoint: 'listReportCampaigns',
    request: async () => ({ options: {} }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok', marketingCountyB: 'ok' }),
  },
  {
    endpoint: 'getCampaignReport',
    request: async () => ({ options: { pathParameters: { code: campaignCode } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok', marketingCountyB: 'ok' }),
  },
  {
    endpoint: 'getCampaignReport',
    request: async () => ({ options: { pathParameters: { code: campaignCode }, query: { unit: tree.countyA.id } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok' }),
  },
  {
    endpoint: 'getCampaignReport',
    request: async () => ({ options: { pathParameters: { code: campaignCode }, query: { unit: tree.headOffice.id } } }),
    expected: everyone(403, { admin: 'ok' }),
  },
  {
    endpoint: 'getReportParagraph',
    request: async () => ({ options: { pathParameters: { code: campaignCode }, query: { unit: tree.countyB.id } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok', marketingCountyB: 'ok' }),
  },
  {
    endpoint: 'exportCampaignReport',
    request: async () => ({ options: { pathParameters: { code: campaignCode }, query: { unit: tree.province.id, format: 'csv' } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok' }),
  },
  { endpoint: 'listEvents', request: async () => ({ options: { query: { campaign: campaignCode } } }), expected: everyone('ok') },
  {
    endpoint: 'createEvent',
    request: async () => ({ options: { method: 'POST', body: anEventRequest(campaignCode, tree.countyA.id) } }),
    // Staff log events for their own unit or below; marketing only reads.
    expected: everyone(403, { admin: 'ok', staffCountyA: 'ok', staffCountyA2: 'ok' }),
  },
  {
    endpoint: 'getEvent',
    request: async () => ({ options: { pathParameters: { id: (await givenEvent()).id } } }),
    expected: readEventOfCountyA,
  },
  {
    endpoint: 'getEventQr',
    request: async () => ({ options: { pathParameters: { id: (await givenEvent()).id }, query: { format: 'svg' } } }),
    expected: readEventOfCountyA,
  },
  {
    endpoint: 'getEventTotals',
    request: async () => ({ options: { pathParameters: { id: (await givenEvent()).id } } }),
    expected: readEventOfCountyA,
  },
  {
    endpoint: 'getSignupSummary',
    request: async () => ({ options: { pathParameters: { id: (await givenEvent()).id } } }),
    expected: readEventOfCountyA,
  },
  // Names and phones of people who signed up: admin only, whatever the unit.
  {
    endpoint: 'exportSignups',
    request: async () => ({ options: { pathParameters: { id: (await givenEvent()).id } } }),
    expected: adminOnly,
  },
  { endpoint: 'listMaterials', request: async () => ({ options: {} }), expected: adminOnly },
  {
    endpoint: 'createMaterial',
    request: async () => {
      const material = aMaterial();
      return {
        options: { method: 'POST', body: material },
        unchanged: async () => expect(await findMaterialRecord(material.id)).toBeUndefined(),
      };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'updateMaterial',
    request: async () => {
      const material = await givenMaterial();
      const { id, kind, ...fields } = material;
      return {
        options: { method: 'PUT', pathParameters: { id }, body: { ...fields, title: '改过的标题' } },
        unchanged: materialUnchanged(material),
      };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'publishMaterial',
    request: async () => {
      const material = await givenMaterial();
      return { options: { method: 'POST', pathParameters: { id: material.id } }, unchanged: materialUnchanged(material) };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'unpublishMaterial',
    request: async () => {
      const material = await givenMaterial();
      return { options: { method: 'POST', pathParameters: { id: material.id } }, unchanged: materialUnchanged(material) };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'listFeedback',
    request: async () => ({ options: { pathParameters: { code: campaignCode } } }),
    expected: everyone(403, { admin: 'ok', marketingProvince: 'ok', marketingCountyB: 'ok' }),
  },
  {
    endpoint: 'updateEvent',
    request: async () => {
      const { id, request } = await givenEvent();
      return {
        options: { method: 'PUT', pathParameters: { id }, body: anEdit(request, { headcount: 1 }) },
        unchanged: eventUnchanged(id, 1),
      };
    },
    expected: everyone(403, { admin: 'ok', staffCountyA: 'ok', staffCountyA2: 'ok' }),
  },
  {
    endpoint: 'deleteEvent',
    request: async () => {
      const { id } = await givenEvent();
      return { options: { method: 'POST', pathParameters: { id }, body: { mutationId: randomUUID() } }, unchanged: eventUnchanged(id, 1) };
    },
    // The creator (staffCountyA) or an admin; a colleague in the same county may not.
    expected: everyone(403, { admin: 'ok', staffCountyA: 'ok' }),
  },
  ...recordCases('PlatformFigure'),
  ...recordCases('MediaPost'),
  {
    endpoint: 'wechatBind',
    request: async () => ({ options: { method: 'POST', body: { code: `code-for:o-${randomUUID()}` } } }),
    expected: everyone('ok'),
  },
];

const callers: Caller[] = [
  'anonymous',
  'admin',
  'marketingProvince',
  'marketingCountyB',
  'staffCountyA',
  'staffCountyA2',
  'staffCounterA',
  'staffCountyB',
];

describe.each(cases)('$endpoint', ({ endpoint, request, expected }) => {
  it.each(callers)('as %s', async (caller) => {
    const { options, unchanged } = await request();
    const headers = caller === 'anonymous' ? {} : bearer(accounts[caller]);

    const response = await invoke(handler(endpoint), { ...options, headers });

    const want = expected[caller];
    if (want === 'ok') {
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
    } else {
      expect(response.status).toBe(want);
      expect(response.body.error.code).toBe(want === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      await unchanged?.();
    }
  });
});

describe('what each caller sees', () => {
  it('lists only the units of the caller’s subtree', async () => {
    const units = await invoke(handler('listOrgUnits'), { headers: bearer(accounts.staffCountyB) });

    expect(units.body.units.map((u: { id: string }) => u.id)).toEqual([tree.countyB.id]);
  });

  it('lists events of the caller’s subtree only', async () => {
    const { id } = await givenEvent();

    const seenBy = async (caller: Exclude<Caller, 'anonymous'>) =>
      (await invoke(handler('listEvents'), { query: { campaign: campaignCode }, headers: bearer(accounts[caller]) })).body.events.map(
        (e: { id: string }) => e.id,
      );

    expect(await seenBy('marketingProvince')).toContain(id);
    expect(await seenBy('staffCountyA2')).toContain(id);
    expect(await seenBy('staffCountyB')).not.toContain(id);
    expect(await seenBy('staffCounterA')).not.toContain(id);
  });

  it('does not let staff move an event out of reach into another county', async () => {
    const { id, request } = await givenEvent();

    const response = await invoke(handler('updateEvent'), {
      method: 'PUT',
      pathParameters: { id },
      body: anEdit(request, { unitId: tree.countyB.id }),
      headers: bearer(accounts.staffCountyA),
    });

    expect(response.status).toBe(403);
    expect((await findEventRecord(id))?.unitId).toBe(tree.countyA.id);
  });
});

describe('the matrix and the API contract', () => {
  const names = Object.keys(api) as EndpointName[];
  const forRoles = names.filter((name) => typeof api[name].access !== 'string');
  const roleOf: Record<Exclude<Caller, 'anonymous'>, string> = {
    admin: 'admin',
    marketingProvince: 'marketing',
    marketingCountyB: 'marketing',
    staffCountyA: 'staff',
    staffCountyA2: 'staff',
    staffCounterA: 'staff',
    staffCountyB: 'staff',
  };

  it('tests every endpoint the contract gives to signed-in roles, and no other', () => {
    expect([...new Set(cases.map((c) => c.endpoint))].sort()).toEqual([...forRoles].sort());
  });

  it.each(names)('%s: its handler enforces the access its contract entry declares', (name) => {
    expect(handler(name).access).toEqual(api[name].access);
  });

  it.each(cases.map((c, index) => [`${c.endpoint} #${index}`, c] as const))(
    '%s: expects 403 of every role the contract leaves out',
    (_, c) => {
      const access = api[c.endpoint].access as { roles: readonly string[] };
      for (const [caller, role] of Object.entries(roleOf) as Array<[Exclude<Caller, 'anonymous'>, string]>) {
        if (!access.roles.includes(role)) expect({ caller, expected: c.expected[caller] }).toEqual({ caller, expected: 403 });
      }
      expect(c.expected.anonymous).toBe(401);
    },
  );
});
