import type { AccountView, OrgUnit } from '@rights-outreach/shared';
import { apiBase, healthyApi } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type Responder } from './support/wxStub';

const units: OrgUnit[] = [
  { id: 'ho', name: '总公司', level: 'head_office' },
  { id: 'gd', name: '广东省分公司', level: 'province', parentId: 'ho' },
  { id: 'panyu', name: '番禺支公司', level: 'county', parentId: 'gd' },
];

const account = (role: AccountView['role']): AccountView => ({
  employeeNo: 'A1001',
  name: '李管理',
  role,
  unitId: 'ho',
  disabled: false,
  wechatBound: false,
});

const sessionAs = (role: AccountView['role']) => ({
  token: 'test-token',
  expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
  account: account(role),
});

const adminApi: Responder = (request) => {
  if (request.method === 'GET' && request.url === `${apiBase}/org-units`) return { statusCode: 200, data: { units } };
  return healthyApi(request);
};

const stub = createWxStub(adminApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(() => {
  page?.detach();
  page = null;
  stub.requests.length = 0;
});

const writes = () => stub.requests.filter((request) => request.method !== 'GET');

describe('admin pages (weapp build, admin subpackage)', () => {
  it('shows an admin the org tree and checks a new unit with the shared schema before sending', async () => {
    stub.storage.set('ro.session.v1', sessionAs('admin'));
    page = openPage('admin/pages/units/index', {});
    await waitFor(() => textOf(page!).includes('番禺支公司'));
    expect(textOf(page)).toContain('不能移动');

    tap(page, '#unit-create .action-button--primary');

    await waitFor(() => textOf(page!).includes('请先选择上级机构，再选择层级'));
    expect(textOf(page)).toContain('机构编号为 2–48 位小写字母');
    expect(writes()).toEqual([]);
  });

  it('renders the campaign form with its pickers and explains what is missing in Chinese', async () => {
    stub.storage.set('ro.session.v1', sessionAs('admin'));
    page = openPage('admin/pages/campaign-form/index', {});
    await waitFor(() => textOf(page!).includes('活动类型'));
    for (const label of ['专项宣传', '开始日期', '请选择日期', '重点人群', '老年人', '活动编号', '财产安全权', '创建宣传活动']) {
      expect(textOf(page)).toContain(label);
    }

    tap(page, '.action-button--primary');

    await waitFor(() => textOf(page!).includes('请选择活动类型'));
    expect(textOf(page)).toContain('名称至少 2 个字');
    expect(writes()).toEqual([]);
  });

  it('refuses a staff member the admin home without asking the API for admin data', async () => {
    stub.storage.set('ro.session.v1', sessionAs('staff'));
    page = openPage('admin/pages/home/index', {});

    await waitFor(() => textOf(page!).includes('仅管理员可使用'));
    expect(textOf(page)).not.toContain('账号管理');
    expect(stub.requests.filter((request) => request.url.includes('/accounts') || request.url.includes('/org-units'))).toEqual([]);
  });
});
