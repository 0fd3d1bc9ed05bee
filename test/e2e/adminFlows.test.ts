import { rightsMaterials, type AccountView, type Campaign, type OrgUnit } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, screenshot, waitForTaroPage } from '../support/browser';
import { uniqueId } from '../support/fixtures';
import { apiLogin, seedSession } from '../support/session';
import { useStackAndBrowser } from '../support/e2eHarness';

jest.setTimeout(180_000);

const e2e = useStackAndBrowser();
let tree: OrgTree;
let admin: TestAccount;

beforeAll(async () => {
  tree = await givenOrgTree();
  // The campaign form offers the eight rights; the API accepts only materials it has.
  for (const material of rightsMaterials) await putMaterial(material);
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id, name: '测试管理员' });
});

/** A desktop page signed in as `account` (session put in storage), opened at an app route. */
async function openSignedIn(account: TestAccount, route: string): Promise<Page> {
  const page = await newDesktopPage(e2e.browser);
  await seedSession(page, await apiLogin(e2e.stack.apiUrl, account));
  await page.goto(`${e2e.stack.webUrl}/${route}`);
  await waitForTaroPage(page);
  return page;
}

/** Opens an app route in a page that is already signed in. */
async function goTo(page: Page, route: string): Promise<void> {
  await page.goto(`${e2e.stack.webUrl}/${route}`);
  await waitForTaroPage(page);
}

/** The page on top (pages below it stay in the DOM, shaded, when navigated from). */
const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');
const field = (page: Page, id: string): Locator => current(page).locator(`#${id}`);
const button = (page: Page, text: string): Locator => current(page).locator('taro-button-core', { hasText: text });
/** The message shown next to a form field. */
const fieldError = (page: Page, id: string): Locator => field(page, id).locator('.form-field__error');

/**
 * A screenshot of the whole page at desktop width: Taro's H5 pages scroll inside their own
 * container, so the window is made as tall as the content first.
 */
async function desktopScreenshot(page: Page, name: string): Promise<void> {
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.max(800, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function getJson<T>(path: string, account: TestAccount): Promise<T> {
  const response = await fetch(`${e2e.stack.apiUrl}${path}`, { headers: bearer(account) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('admin area, in the H5 build on a desktop browser against the local API', () => {
  it('lets an admin sign in, add and rename a unit, add and disable an account in it, and add a campaign, each checked before sending', async () => {
    const unitId = uniqueId('e2e-unit');
    const employeeNo = `E${uniqueId('').slice(1).toUpperCase()}`;
    const campaignCode = uniqueId('e2e-c');
    const campaignName = `专项宣传 ${campaignCode}`;

    // Sign in on the login page: an admin lands on the admin home.
    const units = await newDesktopPage(e2e.browser);
    await goTo(units, 'staff/pages/login/index');
    await current(units).locator('input[placeholder="请输入工号"]').fill(admin.employeeNo);
    await current(units).locator('input[placeholder="请输入密码"]').fill(admin.password);
    await button(units, '登录').click();
    await units.waitForURL(/admin\/pages\/home\/index/);
    await waitForTaroPage(units);
    await current(units).getByText('测试管理员').waitFor();

    // 机构管理: a counter under county A.
    await current(units).getByText('机构管理', { exact: true }).click();
    await units.waitForURL(/admin\/pages\/units\/index/);
    await waitForTaroPage(units);
    await current(units).getByText(tree.countyA.name).first().waitFor();
    await button(units, '新建机构').click();
    await expect(fieldError(units, 'unit-level').textContent()).resolves.toBe('请先选择上级机构，再选择层级');
    await field(units, 'unit-parent').locator('select').selectOption(tree.countyA.id);
    await field(units, 'unit-level').getByText('柜面 / 营销职场').waitFor();
    await field(units, 'unit-id').locator('input').fill('Bad Id');
    await field(units, 'unit-name').locator('input').fill('测试新柜面');
    await button(units, '新建机构').click();
    await expect(fieldError(units, 'unit-id').textContent()).resolves.toMatch(/^机构编号为 2–48 位小写字母/);
    await field(units, 'unit-id').locator('input').fill(unitId);
    await button(units, '新建机构').click();
    await current(units).getByText('已新建“测试新柜面”').waitFor();
    const row = current(units).locator(`#unit-${unitId}`);
    await row.waitFor();
    await row.locator('taro-button-core', { hasText: '改名' }).click();
    await row.locator('input').fill('测试新柜面一部');
    await row.locator('taro-button-core', { hasText: '保存' }).click();
    await row.getByText('测试新柜面一部').waitFor();
    await desktopScreenshot(units, 'e2e-admin-units');

    // 账号管理: a staff account in the new unit.
    const accounts = units;
    await goTo(accounts, 'admin/pages/accounts/index');
    await current(accounts).getByText('账号列表').waitFor();
    await field(accounts, 'account-employee-no').locator('input').fill(employeeNo);
    await field(accounts, 'account-name').locator('input').fill('测试新员工');
    await field(accounts, 'account-unit').locator('select').selectOption(unitId);
    await field(accounts, 'account-password').locator('input').fill('short');
    await button(accounts, '新建账号').click();
    await expect(fieldError(accounts, 'account-password').textContent()).resolves.toBe('密码为 8–72 位');
    await field(accounts, 'account-password').locator('input').fill('e2e-password-1');
    await button(accounts, '新建账号').click();
    await current(accounts).getByText(`已新建账号 ${employeeNo}`).waitFor();
    await current(accounts).getByText('测试新员工').first().waitFor();
    // Disable it again, after the confirm the browser shows.
    await current(accounts).locator('.data-table__row', { hasText: employeeNo }).locator('taro-button-core', { hasText: '编辑' }).click();
    await button(accounts, '停用账号').click();
    await accounts.locator('.taro__modal .taro-model__confirm').click();
    await current(accounts).getByText('账号已停用').waitFor();
    await desktopScreenshot(accounts, 'e2e-admin-accounts');

    // 宣传活动管理: a special campaign, then back on the list.
    const form = units;
    await goTo(form, 'admin/pages/campaign-form/index');
    await button(form, '创建宣传活动').click();
    await expect(fieldError(form, 'campaign-type').textContent()).resolves.toBe('请选择活动类型');
    await expect(fieldError(form, 'campaign-name').textContent()).resolves.toBe('名称至少 2 个字');
    await expect(fieldError(form, 'campaign-code').textContent()).resolves.toMatch(/^活动编号为 3–32 位/);
    await field(form, 'campaign-type').getByRole('radio', { name: '专项宣传', exact: true }).click();
    await field(form, 'campaign-name').locator('input').fill(campaignName);
    await field(form, 'campaign-slogan').locator('input').fill('守好钱袋子 护好幸福家');
    await field(form, 'campaign-start').locator('input').fill('2027-06-01');
    await field(form, 'campaign-end').locator('input').fill('2027-06-30');
    await field(form, 'campaign-groups').getByRole('checkbox', { name: '老年人', exact: true }).click();
    await field(form, 'campaign-groups').getByRole('checkbox', { name: '学生', exact: true }).click();
    await field(form, 'campaign-code').locator('input').fill(campaignCode);
    await desktopScreenshot(form, 'e2e-admin-campaign-form');
    await button(form, '创建宣传活动').click();
    await form.waitForURL(/admin\/pages\/campaigns\/index/);
    await waitForTaroPage(form);
    await current(form).getByText(campaignName).waitFor();

    // What the API now holds.
    const { units: stored } = await getJson<{ units: OrgUnit[] }>('/org-units', admin);
    expect(stored.find((u) => u.id === unitId)).toMatchObject({
      id: unitId,
      name: '测试新柜面一部',
      level: 'counter',
      parentId: tree.countyA.id,
    });
    const { accounts: people } = await getJson<{ accounts: AccountView[] }>('/accounts', admin);
    expect(people.find((a) => a.employeeNo === employeeNo)).toMatchObject({ name: '测试新员工', role: 'staff', unitId, disabled: true });
    const { campaigns } = await getJson<{ campaigns: Campaign[] }>('/campaigns', admin);
    expect(campaigns.find((c) => c.code === campaignCode)).toMatchObject({
      type: 'special',
      name: campaignName,
      slogan: '守好钱袋子 护好幸福家',
      startDate: '2027-06-01',
      endDate: '2027-06-30',
      targetGroups: ['elderly', 'students'],
    });
  });

  it('refuses a staff member an admin page, and the API refuses them too', async () => {
    const staff = await givenAccount({ role: 'staff', unitId: tree.counterA.id });

    const page = await openSignedIn(staff, 'admin/pages/accounts/index');

    await current(page).getByText('仅管理员可使用').waitFor();
    await screenshot(page, 'e2e-admin-refused');
    await expect(current(page).getByText('账号列表').count()).resolves.toBe(0);
    const response = await fetch(`${e2e.stack.apiUrl}/accounts`, { headers: bearer(staff) });
    expect(response.status).toBe(403);
  });
});
