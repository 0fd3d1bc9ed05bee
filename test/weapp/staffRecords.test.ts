import type { MediaPost, PlatformFigure } from '@rights-outreach/shared';
import { apiBase } from './support/fakeApi';
import { runningCampaign, signedInSession, staffApi } from './support/staffFixtures';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type RecordedRequest, type Responder } from './support/wxStub';

const route = 'staff/pages/records/index';
const at = '2026-03-16T02:00:00.000Z';
const bookkeeping = { version: 1, unitName: '番禺支公司', createdBy: 'S1001', createdAt: at, updatedBy: 'S1001', updatedAt: at };

const storedFigure: PlatformFigure = {
  id: '00000000-0000-4000-8000-00000000f001',
  campaignCode: runningCampaign.code,
  unitId: 'panyu',
  platform: 'douyin',
  subject: '番禺支公司抖音号',
  asOf: '2026-03-16',
  views: 3200,
  likes: 150,
  ...bookkeeping,
};
const storedPost: MediaPost = {
  id: '00000000-0000-4000-8000-00000000a001',
  campaignCode: runningCampaign.code,
  unitId: 'panyu',
  outlet: 'meipian',
  title: '番禺支公司金融知识进社区纪实',
  url: 'https://www.meipian.cn/demo',
  publishedOn: '2026-03-15',
  ...bookkeeping,
};

const body = (request: RecordedRequest): Record<string, unknown> =>
  (typeof request.data === 'string' ? JSON.parse(request.data) : request.data) as Record<string, unknown>;

const recordsApi: Responder = (request) => {
  const { method, url } = request;
  if (method === 'GET' && url.startsWith(`${apiBase}/platform-figures?`)) return { statusCode: 200, data: { figures: [storedFigure] } };
  if (method === 'GET' && url.startsWith(`${apiBase}/media-posts?`)) return { statusCode: 200, data: { posts: [storedPost] } };
  if (method === 'POST' && (url === `${apiBase}/platform-figures` || url === `${apiBase}/media-posts`)) {
    const { clientId, ...fields } = body(request);
    return { statusCode: 201, data: { ...fields, id: clientId, ...bookkeeping } };
  }
  return staffApi(request);
};

const stub = createWxStub(recordsApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
beforeEach(() => stub.storage.set('ro.session.v1', signedInSession()));
afterEach(() => {
  page?.detach();
  page = null;
  stub.requests.length = 0;
});

const writes = () => stub.requests.filter((request) => request.method !== 'GET');

function textIn(opened: OpenedPage, selector: string): string {
  const element = opened.querySelector(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element.dom?.textContent ?? '';
}

function typeInto(opened: OpenedPage, selector: string, value: string): void {
  const input = opened.querySelector(`${selector} .form-input`);
  if (!input) throw new Error(`no text box in ${selector}`);
  input.dispatchEvent('input', { detail: { value } });
  input.dispatchEvent('blur', { detail: { value } });
}

/** Taps the chip labelled `label` inside `selector` and waits until the form shows it chosen. */
async function chooseChip(opened: OpenedPage, selector: string, label: string): Promise<void> {
  const chips = () => opened.querySelectorAll(`${selector} .choice-chips__chip`).filter((c) => (c.dom?.textContent ?? '').includes(label));
  const chip = chips()[0];
  if (!chip) throw new Error(`no chip ${label} in ${selector}`);
  chip.dispatchEvent('tap');
  await waitFor(() => (chips()[0]?.dom?.className ?? '').includes('choice-chips__chip--on'));
}

async function openRecords(): Promise<OpenedPage> {
  const opened = openPage(route, {});
  await waitFor(() => textOf(opened).includes('番禺支公司抖音号') && textOf(opened).includes('番禺支公司金融知识进社区纪实'));
  return opened;
}

describe('platform figures and media posts (weapp build, staff subpackage)', () => {
  it('lists the campaign’s entries with who entered them', async () => {
    page = await openRecords();

    const text = textOf(page);
    expect(text).toContain('抖音 · 番禺支公司抖音号');
    expect(text).toContain('截至 2026-03-16');
    expect(text).toContain('浏览（阅读）量 3200');
    expect(text).toContain('美篇 · 番禺支公司金融知识进社区纪实');
    expect(text).toContain('录入 S1001');
    expect(writes()).toEqual([]);
  });

  it('checks a platform entry with the shared schema: a platform, the account, and at least one figure', async () => {
    page = await openRecords();
    tap(page, '.records__add-figure');
    await waitFor(() => Boolean(page!.querySelector('#platform-figure-form')));

    typeInto(page, '#figure-subject', '视');
    typeInto(page, '#figure-plays', '12万');
    tap(page, '#platform-figure-form .records__save');

    await waitFor(() => textOf(page!).includes('请按红色提示修改后再保存'));
    expect(textIn(page, '#figure-platform')).toContain('请选择平台');
    expect(textIn(page, '#figure-subject')).toContain('账号或内容至少 2 个字');
    expect(textIn(page, '#figure-plays')).toContain('播放量须为数字');
    expect(writes()).toEqual([]);

    typeInto(page, '#figure-plays', '');
    await chooseChip(page, '#figure-platform', '视频号');
    typeInto(page, '#figure-subject', '番禺支公司视频号');
    tap(page, '#platform-figure-form .records__save');
    await waitFor(() => textIn(page!, '#figure-views').includes('请至少填写一项平台数据'));
    expect(writes()).toEqual([]);
  });

  it('sends a valid platform entry once, under a client id, with only the figures typed', async () => {
    page = await openRecords();
    tap(page, '.records__add-figure');
    await waitFor(() => Boolean(page!.querySelector('#platform-figure-form')));

    await chooseChip(page, '#figure-platform', '视频号');
    typeInto(page, '#figure-subject', '番禺支公司视频号');
    typeInto(page, '#figure-plays', '12000');
    typeInto(page, '#figure-shares', '600');
    tap(page, '#platform-figure-form .records__save');

    await waitFor(() => writes().length === 1);
    const [post] = writes();
    expect(post).toMatchObject({ method: 'POST', url: `${apiBase}/platform-figures` });
    expect(body(post!)).toEqual({
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      campaignCode: runningCampaign.code,
      unitId: 'panyu',
      platform: 'channels',
      subject: '番禺支公司视频号',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      plays: 12000,
      shares: 600,
    });
  });

  it('checks a media post: an outlet, a title and an https link', async () => {
    page = await openRecords();
    tap(page, '.records__add-post');
    await waitFor(() => Boolean(page!.querySelector('#media-post-form')));

    typeInto(page, '#post-title', '官网发布：守住钱袋子');
    typeInto(page, '#post-url', 'http://www.example.cn/a');
    tap(page, '#media-post-form .records__save');

    await waitFor(() => textOf(page!).includes('请按红色提示修改后再保存'));
    expect(textIn(page, '#post-outlet')).toContain('请选择发布渠道');
    expect(textIn(page, '#post-url')).toContain('请填写以 https:// 开头的链接');
    expect(writes()).toEqual([]);

    await chooseChip(page, '#post-outlet', '官网');
    typeInto(page, '#post-url', 'https://www.example.cn/a');
    tap(page, '#media-post-form .records__save');
    await waitFor(() => writes().length === 1);
    expect(body(writes()[0]!)).toMatchObject({ outlet: 'website', title: '官网发布：守住钱袋子', url: 'https://www.example.cn/a' });
  });
});
