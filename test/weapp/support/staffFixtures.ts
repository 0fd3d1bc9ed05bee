import type { AccountView, Campaign, OrgUnit, OutreachEvent } from '@rights-outreach/shared';
import { addDays, shanghaiDate } from '@rights-outreach/shared';
import { apiBase, healthyApi } from './fakeApi';
import type { FakeResponse, RecordedRequest, Responder } from './wxStub';

export const staffAccount: AccountView = {
  employeeNo: 'S1001',
  name: '张敏',
  role: 'staff',
  unitId: 'panyu',
  disabled: false,
  wechatBound: false,
};

const today = shanghaiDate(new Date());

export const runningCampaign: Campaign = {
  code: 'rights-week-2026',
  type: 'rights_week_315',
  name: '2026年“3·15”消费者权益保护教育宣传周',
  slogan: '心系消费者 金融为人民',
  targetGroups: ['elderly'],
  startDate: addDays(today, -3),
  endDate: addDays(today, 4),
  materialIds: [],
};

export const orgUnits: OrgUnit[] = [
  { id: 'panyu', name: '番禺支公司', level: 'county', parentId: 'guangzhou' },
  { id: 'panyu-counter', name: '番禺柜面', level: 'counter', parentId: 'panyu' },
];

/** A signed-in staff member, as the login page leaves it in storage. */
export function signedInSession(): unknown {
  return { token: 'test-token', expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(), account: staffAccount };
}

function body(request: RecordedRequest): Record<string, unknown> {
  return (typeof request.data === 'string' ? JSON.parse(request.data) : request.data) as Record<string, unknown>;
}

/** The signed-in API the staff pages use, on top of the public one. */
export const staffApi: Responder = (request): FakeResponse | undefined => {
  const { method, url } = request;
  if (method === 'GET' && url === `${apiBase}/campaigns`) return { statusCode: 200, data: { campaigns: [runningCampaign] } };
  if (method === 'GET' && url === `${apiBase}/org-units`) return { statusCode: 200, data: { units: orgUnits } };
  if (method === 'GET' && url.startsWith(`${apiBase}/events?`)) return { statusCode: 200, data: { events: [] } };
  if (method === 'POST' && url === `${apiBase}/events`) {
    const { clientId, ...fields } = body(request);
    const at = new Date().toISOString();
    const event = {
      ...fields,
      id: clientId,
      version: 1,
      unitName: '番禺支公司',
      createdBy: 'S1001',
      createdAt: at,
      updatedBy: 'S1001',
      updatedAt: at,
    };
    return { statusCode: 201, data: event as unknown as OutreachEvent };
  }
  return healthyApi(request);
};
