import { outboxStorageKey } from '../../miniapp/src/offline/createSyncEngine';
import { addDays, shanghaiDate } from '@rights-outreach/shared';
import { apiBase } from './support/fakeApi';
import { runningCampaign, signedInSession, staffApi } from './support/staffFixtures';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type Responder } from './support/wxStub';

const formRoute = 'staff/pages/event-form/index';

let api: Responder = staffApi;
const stub = createWxStub((request) => api(request));
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
beforeEach(() => {
  stub.storage.set('ro.session.v1', signedInSession());
  stub.storage.delete(outboxStorageKey);
});
afterEach(() => {
  page?.detach();
  page = null;
  api = staffApi;
});

/** The text shown inside one field of the form (label, control, hint or message). */
function fieldText(opened: OpenedPage, name: string): string {
  const field = opened.querySelector(`#field-${name}`);
  if (!field) throw new Error(`no field ${name}`);
  return field.dom?.textContent ?? '';
}

/** Types into the text box of a field, then leaves it (input, then blur). */
function typeInto(opened: OpenedPage, name: string, value: string): void {
  const input = opened.querySelector(`#field-${name} .form-input`);
  if (!input) throw new Error(`no text box in field ${name}`);
  input.dispatchEvent('input', { detail: { value } });
  input.dispatchEvent('blur', { detail: { value } });
}

async function openNewEventForm(): Promise<OpenedPage> {
  const opened = openPage(formRoute, { c: runningCampaign.code });
  // The campaign's name comes from GET /campaigns, the unit's from GET /org-units.
  await waitFor(() => textOf(opened).includes(runningCampaign.name) && textOf(opened).includes('番禺支公司'));
  return opened;
}

describe('event form (weapp build, staff subpackage)', () => {
  it('renders every field of an event, with the campaign and own unit chosen', async () => {
    page = await openNewEventForm();

    const text = textOf(page);
    for (const label of [
      '宣传活动',
      '活动类型',
      '五进入',
      '进社区',
      '自主特色宣传',
      '柜面宣传',
      '内部培训',
      '晨会学习',
      '所属机构',
      '活动名称',
      '开始时间',
      '活动地点',
      '现场定位',
      '获取当前位置',
      '重点人群',
      '老年人',
      '新市民',
      '参与员工人数',
      '现场参与人数',
      '覆盖人群',
      '三折页',
      '彩页',
      '海报',
      '其他资料',
      '展区数量',
      '备注',
      '保存登记',
    ]) {
      expect(text).toContain(label);
    }
    expect(stub.requests.some((r) => r.url === `${apiBase}/campaigns`)).toBe(true);
  });

  it('starts a new event under the running campaign that started most recently, shown on top of the form', async () => {
    const today = shanghaiDate(new Date());
    // A long campaign listed first, running since before the 3·15 week started.
    const literacyMonth = {
      ...runningCampaign,
      code: 'literacy-month-2026',
      name: '金融知识普及月',
      type: 'finance_literacy_month' as const,
      startDate: addDays(today, -20),
      endDate: addDays(today, 10),
    };
    api = (request) =>
      request.method === 'GET' && request.url === `${apiBase}/campaigns`
        ? { statusCode: 200, data: { campaigns: [literacyMonth, runningCampaign] } }
        : staffApi(request);
    stub.storage.delete('ro.staff.campaign.v1');

    page = openPage(formRoute, {});
    await waitFor(() => Boolean(page!.querySelector('#event-form-campaign')) && textOf(page!).includes('番禺支公司'));
    expect(page.querySelector('#event-form-campaign')!.dom?.textContent).toBe(`登记到宣传活动${runningCampaign.name}（进行中）`);
    expect(fieldText(page, 'campaignCode')).toContain(runningCampaign.name);
  });

  it("shows the schema's Chinese message next to each invalid field when saved, and queues nothing", async () => {
    page = await openNewEventForm();
    const before = stub.calls.length;

    tap(page, '.event-form__save');

    await waitFor(() => fieldText(page!, 'title').includes('活动名称至少 2 个字'));
    expect(fieldText(page, 'type')).toContain('请选择活动类型');
    expect(fieldText(page, 'startAt')).toContain('请选择开始时间');
    expect(fieldText(page, 'placeName')).toContain('地点至少 2 个字');
    expect(fieldText(page, 'staffPresent')).toContain('请填写参与员工人数');
    expect(fieldText(page, 'headcount')).toContain('请填写现场参与人数');
    // Valid fields stay quiet.
    expect(fieldText(page, 'campaignCode')).not.toMatch(/请|至少/);
    expect(stub.storage.get(outboxStorageKey) ?? []).toEqual([]);
    expect(stub.calls.slice(before).some((c) => c.name === 'navigateBack' || c.name === 'redirectTo')).toBe(false);
  });

  it('says a number is missing when a box is emptied, instead of counting it as 0', async () => {
    page = await openNewEventForm();

    typeInto(page, 'leaflets', '');

    await waitFor(() => fieldText(page!, 'leaflets').includes('请填写三折页数量'));
    // Only the field that was left shows a message before saving.
    expect(fieldText(page, 'title')).not.toContain('活动名称至少 2 个字');
  });

  it('checks a field when it is left, with the same rule the API uses', async () => {
    page = await openNewEventForm();

    typeInto(page, 'title', '讲');
    await waitFor(() => fieldText(page!, 'title').includes('活动名称至少 2 个字'));

    typeInto(page, 'title', '幸福社区消保宣传');
    await waitFor(() => !fieldText(page!, 'title').includes('活动名称至少 2 个字'));
  });

  it('asks an online event for its platform, link and the platform’s viewers instead of a place and headcount, and validates them', async () => {
    page = await openNewEventForm();
    const chip = page.querySelectorAll('#field-type .choice-chips__chip').find((node) => node.dom?.textContent?.includes('直播'));
    if (!chip) throw new Error('no 直播 chip');

    chip.dispatchEvent('tap');
    await waitFor(() => Boolean(page!.querySelector('#field-platform')));

    const text = textOf(page);
    for (const label of ['线上活动', '线上平台', '视频号', '抖音', '公众号', '企业微信', '活动链接', '平台报告观看人数', '参与员工人数']) {
      expect(text).toContain(label);
    }
    for (const field of ['placeName', 'location', 'headcount', 'coverageMin', 'leaflets', 'displayAreas']) {
      expect(page.querySelector(`#field-${field}`)).toBeFalsy();
    }
    typeInto(page, 'link', 'http://live.example.com');
    await waitFor(() => fieldText(page!, 'link').includes('链接须以 https:// 开头'));

    tap(page, '.event-form__save');

    await waitFor(() => fieldText(page!, 'platform').includes('请选择线上平台'));
    expect(fieldText(page, 'viewersReported')).toContain('请填写平台报告观看人数');
    expect(fieldText(page, 'type')).not.toContain('请选择活动类型');
    expect(stub.storage.get(outboxStorageKey) ?? []).toEqual([]);
  });
});
