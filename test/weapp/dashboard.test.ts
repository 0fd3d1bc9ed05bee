import type { AccountView } from '@rights-outreach/shared';
import { campaignList, countyReport, provinceReport, reportCampaignCode } from '../support/reportFixtures';
import { apiBase, healthyApi } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type FakeResponse, type Responder } from './support/wxStub';

const sessionAs = (role: AccountView['role']) => ({
  token: 'test-token',
  expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
  account: { employeeNo: 'M1001', name: '陈消保', role, unitId: 'gd', disabled: false, wechatBound: false } satisfies AccountView,
});

const forbidden: FakeResponse = { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: 'forbidden' } } };

/** The report API as the dashboard expects it; a unit named `refused` answers 403 as one outside the caller's subtree. */
const reportApi: Responder = (request) => {
  const url = new URL(request.url);
  if (request.method === 'GET' && url.pathname === '/reports/campaigns') return { statusCode: 200, data: campaignList };
  if (request.method === 'GET' && url.pathname === `/reports/campaigns/${reportCampaignCode}`) {
    const unit = url.searchParams.get('unit');
    if (unit === 'refused') return forbidden;
    return { statusCode: 200, data: unit === 'gd-gz-panyu' ? countyReport : provinceReport };
  }
  return healthyApi(request);
};

const stub = createWxStub(reportApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
afterEach(() => {
  page?.detach();
  page = null;
  stub.requests.length = 0;
  stub.calls.length = 0;
});

const reportRequests = () => stub.requests.filter((request) => request.url.startsWith(`${apiBase}/reports/`));

describe('dashboard (weapp build, dashboard subpackage)', () => {
  it('lists the campaigns with their headline figures in 万', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaigns/index', {});
    await waitFor(() => textOf(page!).includes('2026年金融知识普及月'));
    const text = textOf(page);
    expect(text).toContain('2026年“3·15”消费者权益保护教育宣传周');
    expect(text).toContain('统计范围：广东省分公司（省分公司）及下级机构');
    for (const figure of ['12.84万', '4.52万', '1.51万', '2310', '3120']) expect(text).toContain(figure);
  });

  it('opens a campaign from the list for the user’s own unit', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaigns/index', {});
    await waitFor(() => textOf(page!).includes('查看数据'));

    tap(page, `#campaign-${reportCampaignCode}`);

    await waitFor(() => stub.calls.some((call) => call.name === 'navigateTo'));
    const navigation = stub.calls.find((call) => call.name === 'navigateTo')!.options as { url: string };
    expect(navigation.url).toBe(`/dashboard/pages/campaign/index?code=${reportCampaignCode}`);
  });

  it('shows a province’s report: figures, units, channels, 同比, flags and the results paragraph', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaign/index', { code: reportCampaignCode });
    await waitFor(() => textOf(page!).includes('需核实的活动'));
    const text = textOf(page);
    // Headline and offline figures.
    for (const figure of ['12.84万', '4.52万', '1.51万', '0.06万–2.5万', '4850', '占填报人数 15.3%', '4.61 分'])
      expect(text).toContain(figure);
    // Events by type, as a table beside the chart.
    expect(text).toContain('进社区');
    expect(text).toContain('职场培训');
    // Units below, the one with units under it as a link; channels and materials with exact figures.
    expect(text).toContain('广州市分公司 ›');
    expect(text).toContain('深圳市分公司');
    expect(text).toContain('朋友圈');
    expect(text).toContain('52,300');
    expect(text).toContain('金融消费者的八项基本权利');
    // 同比 against last year's campaign, with signs.
    expect(text).toContain('2025年“3·15”消费者权益保护教育宣传周');
    expect(text).toContain('+28.4%');
    expect(text).toContain('-4.4%');
    // Flags, with the figures a reviewer would ask about.
    expect(text).toContain('需核实的活动（2）');
    expect(text).toContain('市桥社区防范电信诈骗宣讲');
    expect(text).toContain('现场人数远超签到人数：填报 800 人，扫码签到 40 人（超过 3 倍）');
    expect(text).toContain('活动二维码无任何扫码');
    // The paragraph, and in WeChat only the xlsx export (WeChat cannot open a csv).
    expect(text).toContain(provinceReport.paragraph);
    expect(text).toContain('导出 Excel（.xlsx）');
    expect(text).not.toContain('导出 CSV');
    expect(reportRequests().map((request) => request.url)).toEqual([`${apiBase}/reports/campaigns/${reportCampaignCode}`]);
  });

  it('drills down into a unit that has units below it', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaign/index', { code: reportCampaignCode });
    await waitFor(() => textOf(page!).includes('广州市分公司 ›'));

    tap(page, '#unit-gd-gz');

    await waitFor(() => stub.calls.some((call) => call.name === 'navigateTo'));
    const navigation = stub.calls.find((call) => call.name === 'navigateTo')!.options as { url: string };
    expect(navigation.url).toBe(`/dashboard/pages/campaign/index?code=${reportCampaignCode}&unit=gd-gz`);
  });

  it('shows a county with its breadcrumb and its own online breakdowns', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaign/index', { code: reportCampaignCode, unit: 'gd-gz-panyu' });
    await waitFor(() => textOf(page!).includes('需核实的活动'));
    const text = textOf(page);
    expect(text).toMatch(/广东省分公司\s*›\s*广州市分公司\s*›\s*番禺支公司（县支公司）/);
    expect(text).toContain('柜面 · 番禺支公司');
    expect(text).toContain('活动现场');
    // The province's Moments link is not the county's.
    expect(text).not.toContain('朋友圈');
    expect(text).toContain(countyReport.paragraph);
    expect(reportRequests().map((request) => request.url)).toEqual([`${apiBase}/reports/campaigns/${reportCampaignCode}?unit=gd-gz-panyu`]);
  });

  it('tells the user in Chinese that they have no access when the API refuses (403)', async () => {
    stub.storage.set('ro.session.v1', sessionAs('marketing'));
    page = openPage('dashboard/pages/campaign/index', { code: reportCampaignCode, unit: 'refused' });
    await waitFor(() => textOf(page!).includes('您没有权限进行此操作'));
    expect(textOf(page)).toContain('数据看板仅供市场 / 消保部和管理员查看本机构及下级机构的数据');
    expect(textOf(page)).not.toContain('需核实的活动');
  });

  it('refuses a staff member without asking the API for report data', async () => {
    stub.storage.set('ro.session.v1', sessionAs('staff'));
    page = openPage('dashboard/pages/campaigns/index', {});
    await waitFor(() => textOf(page!).includes('您没有查看数据看板的权限'));
    expect(textOf(page)).toContain('您当前以“一线员工”身份登录');
    expect(reportRequests()).toEqual([]);
  });
});
