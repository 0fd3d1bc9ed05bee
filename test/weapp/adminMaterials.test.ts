import type { AdminMaterialView, Material } from '@rights-outreach/shared';
import { apiBase, healthyApi } from './support/fakeApi';
import { launchApp, openPage, tap, textOf, waitFor, type OpenedPage } from './support/weappRuntime';
import { createWxStub, type RecordedRequest, type Responder } from './support/wxStub';

const session = {
  token: 'test-token',
  expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
  account: { employeeNo: 'A1001', name: '李管理', role: 'admin', unitId: 'ho', disabled: false, wechatBound: false },
};

const content = (id: string, kind: Material['kind'], title: string): Material => ({
  id,
  kind,
  format: 'article',
  origin: { kind: 'original' },
  title,
  summary: '这是一段用于测试的资料摘要，长度足够十个字。',
  sections: [{ heading: '这项权利是什么', body: '用通俗的话讲给消费者听。' }],
});

const at = '2027-03-10T02:00:00.000Z';

/** Published as version 2, its draft since retitled. */
const edited: AdminMaterialView = {
  id: 'right-informed',
  kind: 'right',
  status: 'published',
  draft: content('right-informed', 'right', '知情权（修订）'),
  published: { ...content('right-informed', 'right', '知情权'), version: 2, publishedAt: at },
  hasUnpublishedChanges: true,
  updatedAt: at,
  updatedBy: 'A1001',
};

/** Never published. */
const fresh: AdminMaterialView = {
  id: 'case-phone-fraud',
  kind: 'case',
  status: 'draft',
  draft: content('case-phone-fraud', 'case', '警惕冒充客服退款'),
  hasUnpublishedChanges: true,
  updatedAt: at,
  updatedBy: 'A1001',
};

/** Taken down, unchanged since version 1. */
const hidden: AdminMaterialView = {
  id: 'case-fundraising',
  kind: 'case',
  status: 'unpublished',
  draft: content('case-fundraising', 'case', '远离非法集资'),
  published: { ...content('case-fundraising', 'case', '远离非法集资'), version: 1, publishedAt: at },
  hasUnpublishedChanges: false,
  updatedAt: at,
  updatedBy: 'A1001',
};

const library = [edited, fresh, hidden];
const body = (request: RecordedRequest): Record<string, unknown> =>
  (typeof request.data === 'string' ? JSON.parse(request.data) : request.data) as Record<string, unknown>;

/** The admin materials API over `library`: PUT edits a draft and answers the changed view. */
const materialsApi: Responder = (request) => {
  if (request.method === 'GET' && request.url === `${apiBase}/admin/materials`) return { statusCode: 200, data: { materials: library } };
  const put = /\/admin\/materials\/([^/]+)$/.exec(request.url);
  if (request.method === 'PUT' && put) {
    const current = library.find((m) => m.id === put[1])!;
    const draft = { id: current.id, kind: current.kind, ...body(request) } as Material;
    return { statusCode: 200, data: { ...current, draft, hasUnpublishedChanges: true } };
  }
  if (request.method === 'POST' && request.url === `${apiBase}/admin/materials`) {
    const draft = body(request) as unknown as Material;
    return {
      statusCode: 201,
      data: { id: draft.id, kind: draft.kind, status: 'draft', draft, hasUnpublishedChanges: true, updatedAt: at, updatedBy: 'A1001' },
    };
  }
  return healthyApi(request);
};

const stub = createWxStub(materialsApi);
let page: OpenedPage | null = null;

beforeAll(() => launchApp(stub));
beforeEach(() => stub.storage.set('ro.session.v1', session));
afterEach(() => {
  page?.detach();
  page = null;
  stub.requests.length = 0;
});

const writes = () => stub.requests.filter((request) => request.method !== 'GET');

/** The text inside one element of the page, e.g. a form field by its id. */
function textIn(opened: OpenedPage, selector: string): string {
  const element = opened.querySelector(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element.dom?.textContent ?? '';
}

/** Types into the text box inside `selector`. */
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

/** WeChat's picker inside `selector`: the simulator finds elements by id, so by the sid Taro gave it. */
function pickerIn(opened: OpenedPage, selector: string) {
  const sid = opened.querySelector(selector)?.dom?.querySelector('wx-picker')?.getAttribute('data-sid');
  const picker = sid ? opened.querySelector(`#${sid}`) : undefined;
  if (!picker) throw new Error(`no picker in ${selector}`);
  return picker;
}

describe('material management (weapp build, admin subpackage)', () => {
  it('lists materials under 八大权益 and 以案说险 with status, version, unpublished changes and the fitting actions', async () => {
    page = openPage('admin/pages/materials/index', {});
    await waitFor(() => textOf(page!).includes('警惕冒充客服退款'));

    const rights = textIn(page, '#materials-right');
    expect(rights).toContain('八大权益（1）');
    expect(rights).toContain('知情权（修订）');
    expect(rights).toContain('线上标题：知情权');
    expect(rights).toContain('第 2 版');
    expect(rights).toContain('有未发布的修改');
    for (const action of ['编辑', '发布', '下架']) expect(rights).toContain(action);

    const cases = textIn(page, '#materials-case');
    expect(cases).toContain('以案说险（2）');
    for (const shown of ['草稿', '未发布', '已下架', '第 1 版', '重新上架']) expect(cases).toContain(shown);
    // Neither a draft nor an unpublished material can be taken down again.
    expect(cases).not.toContain('下架资料');
    expect(writes()).toEqual([]);
  });

  it('checks a new material with the shared schema and says what is wrong next to each field, in Chinese', async () => {
    page = openPage('admin/pages/material-form/index', { kind: 'case' });
    await waitFor(() => textOf(page!).includes('保存草稿'));
    for (const label of [
      '资料编号',
      '以案说险',
      '八大权益',
      '文案',
      '视频',
      '美篇',
      '折页',
      '原创',
      '转载',
      '标题',
      '摘要',
      '第 1 段',
      '添加段落',
      '视频地址',
      '封面图片地址',
    ]) {
      expect(textOf(page)).toContain(label);
    }

    typeInto(page, '#material-id', 'Bad Id');
    typeInto(page, '#material-title', '骗');
    typeInto(page, '#material-video', 'http://video.example.cn/a.mp4');
    tap(page, '.material-form__buttons .action-button--primary');

    await waitFor(() => textOf(page!).includes('请按红色提示修改后再保存'));
    expect(textIn(page, '#material-id')).toContain('资料编号为 2–48 位小写字母、数字或连字符');
    expect(textIn(page, '#material-title')).toContain('标题为 2–40 个字');
    expect(textIn(page, '#material-summary')).toContain('摘要为 10–140 个字');
    expect(textIn(page, '#material-section-0-heading')).toContain('请填写小标题');
    expect(textIn(page, '#material-section-0-body')).toContain('请填写段落正文');
    expect(textIn(page, '#material-video')).toContain('请填写以 https:// 开头的完整网址');
    expect(writes()).toEqual([]);
  });

  it('sets the format and the origin: 转载 asks where from, and the request carries both', async () => {
    page = openPage('admin/pages/material-form/index', { kind: 'case' });
    await waitFor(() => textOf(page!).includes('保存草稿'));
    typeInto(page, '#material-id', 'case-nfra-warning');
    typeInto(page, '#material-title', '警惕非法代理退保');
    typeInto(page, '#material-summary', '转载监管部门的风险提示：非法代理退保的常见套路和防范办法。');
    typeInto(page, '#material-section-0-heading', '常见套路');
    typeInto(page, '#material-section-0-body', '以“全额退保”为诱饵收取高额手续费。');
    await chooseChip(page, '#material-format', '美篇');
    tap(page, '.material-form__buttons .action-button--primary');

    await waitFor(() => textIn(page!, '#material-origin').includes('请选择原创或转载'));
    expect(writes()).toEqual([]);

    await chooseChip(page, '#material-origin', '转载');
    await waitFor(() => Boolean(page!.querySelector('#material-origin-from')));
    tap(page, '.material-form__buttons .action-button--primary');
    await waitFor(() => textIn(page!, '#material-origin-from').includes('请填写转载来源（2–40 个字）'));
    expect(writes()).toEqual([]);

    typeInto(page, '#material-origin-from', '国家金融监督管理总局');
    tap(page, '.material-form__buttons .action-button--primary');
    await waitFor(() => writes().length === 1);
    expect(body(writes()[0]!)).toMatchObject({
      id: 'case-nfra-warning',
      kind: 'case',
      format: 'meipian',
      origin: { kind: 'reposted', from: '国家金融监督管理总局' },
    });
  });

  it('edits a published material: id and kind stay fixed, saving sends only the draft, then 发布 is offered', async () => {
    page = openPage('admin/pages/material-form/index', { id: edited.id });
    await waitFor(() => textOf(page!).includes('发布状态'));
    expect(textIn(page, '#material-status')).toContain('消费者看到的是第 2 版');
    expect(textIn(page, '#material-id')).toContain('right-informed（创建后不能修改）');
    expect(textIn(page, '#material-kind')).toContain('八大权益（创建后不能修改）');

    typeInto(page, '#material-title', '  知情权（第三版）  ');
    tap(page, '.material-form__buttons .action-button--primary');

    await waitFor(() => textOf(page!).includes('草稿已保存'));
    expect(textOf(page)).toContain('消费者仍看到第 2 版，发布后更新为第 3 版');
    const [put] = writes();
    expect(put).toMatchObject({ method: 'PUT', url: `${apiBase}/admin/materials/right-informed` });
    expect(body(put!)).toEqual({
      format: 'article',
      origin: { kind: 'original' },
      title: '知情权（第三版）',
      summary: edited.draft.summary,
      sections: edited.draft.sections,
    });
    expect(textIn(page, '.material-form__buttons')).toContain('发布');
  });

  it('shows the campaign form materials as an ordered list titled from the admin list, adds one at the end and moves it up', async () => {
    page = openPage('admin/pages/campaign-form/index', {});
    await waitFor(() => textOf(page!).includes('添加资料'));
    const list = () => textIn(page!, '#campaign-materials');
    // A new campaign starts with the eight rights, in their order.
    expect(list()).toMatch(/1\s*财产安全权[\s\S]*2\s*知情权/);

    const picker = pickerIn(page, '#campaign-material-add');
    // The picker offers the materials not chosen yet, in the admin list's order: edited, fresh, hidden.
    picker.dispatchEvent('change', { detail: { value: 1 } });

    await waitFor(() => list().includes('警惕冒充客服退款'));
    expect(list()).toMatch(/9\s*警惕冒充客服退款/);
    expect(list()).toContain('消费者暂时看不到');

    tap(page, `#campaign-material-${fresh.id} .action-button--secondary`);
    await waitFor(() => /8\s*警惕冒充客服退款[\s\S]*9\s*信息安全权/.test(list()));
    expect(writes()).toEqual([]);
  });
});
