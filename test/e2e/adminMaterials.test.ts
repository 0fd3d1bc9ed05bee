import { landingUrl, type AdminMaterialView, type Campaign, type PublishedMaterial } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { givenCampaign, uniqueId } from '../support/fixtures';
import { useStackAndBrowser } from '../support/e2eHarness';

jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let admin: TestAccount;

beforeAll(async () => {
  const tree = await givenOrgTree();
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id, name: '资料管理员' });
});

/** The page on top (pages below it stay in the DOM, shaded, when navigated from). */
const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');
const field = (page: Page, id: string): Locator => current(page).locator(`#${id}`);
/** A button whose whole text is `text` (发布 is not 发布状态). */
const button = (scope: Locator, text: string): Locator => scope.locator('taro-button-core').filter({ hasText: new RegExp(`^${text}$`) });
const fieldError = (page: Page, id: string): Locator => field(page, id).locator('.form-field__error');
/** The material's row in the list on the materials page. */
const row = (page: Page, id: string): Locator => current(page).locator('.data-table__row', { hasText: id });

/** Answers 确定 in the confirm dialog the browser build shows for Taro.showModal. */
async function confirmDialog(page: Page, expected: RegExp): Promise<void> {
  const modal = page.locator('.taro__modal .taro-modal__content').filter({ visible: true });
  await expect(modal.locator('.taro-modal__text').textContent()).resolves.toMatch(expected);
  await modal.locator('.taro-model__confirm').click();
}

async function goTo(page: Page, route: string): Promise<void> {
  await page.goto(`${e2e.stack.webUrl}/${route}`);
  await waitForTaroPage(page);
}

/** A screenshot of the whole page at desktop width (Taro's H5 pages scroll in their own container). */
async function desktopScreenshot(page: Page, name: string): Promise<void> {
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.max(800, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function getJson<T>(path: string, account?: TestAccount): Promise<T> {
  const response = await fetch(`${e2e.stack.apiUrl}${path}`, { headers: account ? bearer(account) : {} });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const publicMaterial = (id: string) => getJson<PublishedMaterial>(`/public/materials/${id}`);

describe('material management, in the H5 build on a desktop browser against the local API', () => {
  it('creates a draft, publishes version 1, edits it while consumers keep version 1, publishes version 2 and puts it second in a campaign', async () => {
    const { campaign, materials } = await givenCampaign();
    const id = uniqueId('e2e-case');
    const firstTitle = '警惕冒充客服退款';
    const secondTitle = '警惕冒充客服退款（修订）';

    // Sign in; the admin home leads to 资料管理.
    const page = await newDesktopPage(e2e.browser);
    await goTo(page, 'staff/pages/login/index');
    await current(page).locator('input[placeholder="请输入工号"]').fill(admin.employeeNo);
    await current(page).locator('input[placeholder="请输入密码"]').fill(admin.password);
    await button(current(page), '登录').click();
    await page.waitForURL(/admin\/pages\/home\/index/);
    await waitForTaroPage(page);
    await current(page).getByText('资料管理', { exact: true }).click();
    await page.waitForURL(/admin\/pages\/materials\/index/);
    await waitForTaroPage(page);
    await current(page)
      .getByText(/^以案说险（\d+）$/)
      .waitFor();

    // 新建资料 under 以案说险: checked with the shared schema first, in Chinese.
    await button(current(page).locator('#materials-case'), '新建资料').click();
    await page.waitForURL(/admin\/pages\/material-form\/index\?kind=case/);
    await waitForTaroPage(page);
    await field(page, 'material-id').locator('input').fill(id);
    await field(page, 'material-title').locator('input').fill('骗');
    await button(current(page), '保存草稿').click();
    await expect(fieldError(page, 'material-title').textContent()).resolves.toBe('标题为 2–40 个字');
    await expect(fieldError(page, 'material-summary').textContent()).resolves.toBe('摘要为 10–140 个字');
    await expect(fieldError(page, 'material-section-0-heading').textContent()).resolves.toBe('请填写小标题（最多 40 个字）');
    await expect(fieldError(page, 'material-origin').textContent()).resolves.toBe('请选择原创或转载');
    await field(page, 'material-origin').getByRole('radio', { name: '原创', exact: true }).click();
    await field(page, 'material-title').locator('input').fill(firstTitle);
    await field(page, 'material-summary').locator('textarea').fill('接到自称客服的退款电话，先挂断，再通过官方渠道核实。');
    await field(page, 'material-section-0-heading').locator('input').fill('怎么识破');
    await field(page, 'material-section-0-body').locator('textarea').fill('正规客服不会让您下载会议软件或共享屏幕。');
    // A second section, then moved above the first.
    await button(current(page), '添加段落').click();
    await field(page, 'material-section-1-heading').locator('input').fill('骗局怎么开始');
    await field(page, 'material-section-1-body').locator('textarea').fill('对方报出您的订单信息，说商品有问题要退款。');
    await button(current(page).locator('#material-section-1'), '上移').click();
    await expect(field(page, 'material-section-0-heading').locator('input').inputValue()).resolves.toBe('骗局怎么开始');
    await button(current(page), '保存草稿').click();
    await current(page).getByText('草稿已保存。发布后消费者才能看到这份资料。').waitFor();
    await expect(current(page).locator('#material-id').textContent()).resolves.toContain('创建后不能修改');

    // Consumers see nothing until it is published.
    const hidden = await fetch(`${e2e.stack.apiUrl}/public/materials/${id}`);
    expect({ status: hidden.status, body: await hidden.text() }).toMatchObject({ status: 404 });
    await desktopScreenshot(page, 'e2e-admin-material-form');

    // 发布, after a dialog saying versions are immutable.
    await button(current(page), '发布').click();
    await confirmDialog(page, /已发布的版本不能再修改/);
    await current(page).getByText('已发布，消费者现在看到第 1 版').waitFor();
    const v1 = await publicMaterial(id);
    expect(v1).toMatchObject({ version: 1, title: firstTitle, kind: 'case' });
    expect(v1.sections.map((s) => s.heading)).toEqual(['骗局怎么开始', '怎么识破']);

    // Edit the title from the list: the draft changes, consumers keep version 1.
    await goTo(page, 'admin/pages/materials/index');
    await row(page, id).getByText('第 1 版').waitFor();
    await button(row(page, id), '编辑').click();
    await page.waitForURL(/admin\/pages\/material-form\/index\?id=/);
    await waitForTaroPage(page);
    await field(page, 'material-title').locator('input').fill(secondTitle);
    await button(current(page), '保存草稿').click();
    await current(page).getByText('草稿已保存。消费者仍看到第 1 版，发布后更新为第 2 版。').waitFor();
    await button(current(page), '返回资料列表').click();
    await page.waitForURL(/admin\/pages\/materials\/index/);
    await waitForTaroPage(page);
    await row(page, id).getByText('有未发布的修改').waitFor();
    await expect(row(page, id).textContent()).resolves.toContain(`线上标题：${firstTitle}`);
    await expect(publicMaterial(id)).resolves.toMatchObject({ version: 1, title: firstTitle });
    await desktopScreenshot(page, 'e2e-admin-materials');

    // Publish again from the list: version 2.
    await button(row(page, id), '发布').click();
    await confirmDialog(page, /从第 1 版更新为第 2 版/);
    await current(page).getByText(`“${secondTitle}”已发布，消费者现在看到第 2 版`).waitFor();
    await expect(row(page, id).textContent()).resolves.not.toContain('有未发布的修改');
    await expect(publicMaterial(id)).resolves.toMatchObject({ version: 2, title: secondTitle });
    const { materials: managed } = await getJson<{ materials: AdminMaterialView[] }>('/admin/materials', admin);
    expect(managed.find((m) => m.id === id)).toMatchObject({
      status: 'published',
      hasUnpublishedChanges: false,
      published: { version: 2 },
    });

    // Attach it to the campaign, in second place.
    await goTo(page, `admin/pages/campaign-form/index?code=${campaign.code}`);
    const chosen = field(page, 'campaign-materials');
    await chosen.locator(`#campaign-material-${materials[1]!.id}`).waitFor();
    await chosen.locator('#campaign-material-add select').selectOption(id);
    const added = chosen.locator(`#campaign-material-${id}`);
    await expect(added.textContent()).resolves.toContain(`3${secondTitle}`);
    await button(added, '上移').click();
    await expect(added.textContent()).resolves.toContain(`2${secondTitle}`);
    await desktopScreenshot(page, 'e2e-admin-campaign-materials');
    await button(current(page), '保存修改').click();
    await page.waitForURL(/admin\/pages\/campaigns\/index/);

    const { campaigns } = await getJson<{ campaigns: Campaign[] }>('/campaigns', admin);
    expect(campaigns.find((c) => c.code === campaign.code)?.materialIds).toEqual([materials[0]!.id, id, materials[1]!.id]);

    // Consumers get it second, under its version 2 title; the landing page shows it in its own
    // group (以案说险), after the rights, each group in the campaign's order.
    const publicView = (await (await fetch(`${e2e.stack.apiUrl}/public/campaigns/${campaign.code}`)).json()) as {
      materials: { title: string }[];
    };
    expect(publicView.materials.map((m) => m.title)).toEqual([materials[0]!.title, secondTitle, materials[1]!.title]);
    const phone = await newPhonePage(e2e.browser);
    await phone.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
    await waitForTaroPage(phone);
    const titles = phone.locator('.taro_page_stationed .material-card__title');
    await titles.nth(2).waitFor();
    await expect(titles.allTextContents()).resolves.toEqual([materials[0]!.title, materials[1]!.title, secondTitle]);
    await expect(phone.locator('.taro_page_stationed #landing-group-cases .material-card__title').allTextContents()).resolves.toEqual([
      secondTitle,
    ]);
    await screenshot(phone, 'e2e-landing-admin-material');
  });
});
