import type { Locator, Page } from 'playwright-core';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, newPhonePage, waitForTaroPage } from '../support/browser';
import { useStackAndBrowser } from '../support/e2eHarness';
import { anEventRequest, givenCampaign } from '../support/fixtures';
import { apiLogin, seedSession } from '../support/session';
import { axeViolations, describeViolations } from './support/axe';
import { fullPageScreenshot } from './support/consumerPages';

/**
 * The staff and desk screens against axe-core's WCAG 2.0/2.1 A and AA rules, in standard
 * and elder mode (elder mode is a device setting: a desk page must stay clean with it on).
 */
jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let tree: OrgTree;
let staff: TestAccount;
let admin: TestAccount;
let marketing: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '无障碍测试专员' });
  admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id, name: '无障碍测试管理员' });
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id, name: '无障碍测试消保部' });
  campaignCode = (await givenCampaign({ name: '无障碍测试宣传周' })).campaign.code;
  const response = await fetch(`${e2e.stack.apiUrl}/events`, {
    method: 'POST',
    headers: { ...bearer(staff), 'content-type': 'application/json' },
    body: JSON.stringify(anEventRequest(campaignCode, tree.countyA.id)),
  });
  expect(response.status).toBe(201);
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');

interface Screen {
  name: string;
  who: () => TestAccount;
  desk: boolean;
  route: () => string;
  /** Waits for what the page shows once loaded, and opens what has to be opened. */
  ready: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'staff-events',
    who: () => staff,
    desk: false,
    route: () => 'staff/pages/events/index',
    ready: async (page) => {
      await current(page).locator('.event-card').first().waitFor();
    },
  },
  {
    name: 'staff-event-form',
    who: () => staff,
    desk: false,
    route: () => `staff/pages/event-form/index?c=${campaignCode}`,
    ready: async (page) => {
      await current(page).locator('#field-unitId select option').nth(1).waitFor({ state: 'attached' });
    },
  },
  {
    name: 'admin-accounts',
    who: () => admin,
    desk: true,
    route: () => 'admin/pages/accounts/index',
    ready: async (page) => {
      // The editor too: its role chips are part of the screen. Another account's: the admin's own
      // offers no role (no locking oneself out), and which row comes first depends on who else exists.
      await current(page)
        .locator('.data-table__row', { hasNotText: admin.employeeNo })
        .locator('taro-button-core', { hasText: '编辑' })
        .first()
        .click();
      await current(page).locator('.choice-chips').nth(1).waitFor();
    },
  },
  {
    name: 'dashboard-campaigns',
    who: () => marketing,
    desk: true,
    route: () => 'dashboard/pages/campaigns/index',
    ready: async (page) => {
      await current(page).locator(`#campaign-${campaignCode}`).waitFor();
    },
  },
  {
    name: 'dashboard-campaign',
    who: () => marketing,
    desk: true,
    route: () => `dashboard/pages/campaign/index?code=${campaignCode}`,
    ready: async (page) => {
      await current(page).locator('#report-headline').waitFor();
    },
  },
];

async function openScreen(screen: Screen, elder: boolean): Promise<Page> {
  const page = screen.desk ? await newDesktopPage(e2e.browser) : await newPhonePage(e2e.browser);
  await seedSession(page, await apiLogin(e2e.stack.apiUrl, screen.who()));
  if (elder) await page.addInitScript(() => window.localStorage.setItem('ro.elderMode.v1', JSON.stringify({ data: true })));
  // The staff list opens on the campaign used last: this test's, whatever else the shared table holds.
  await page.addInitScript((code) => window.localStorage.setItem('ro.staff.campaign.v1', JSON.stringify({ data: code })), campaignCode);
  await page.goto(`${e2e.stack.webUrl}/${screen.route()}`);
  await waitForTaroPage(page);
  await screen.ready(page);
  return page;
}

describe.each(['standard', 'elder'] as const)('staff and desk screens in %s mode (H5, axe-core WCAG 2.1 AA)', (mode) => {
  it.each(screens.map((screen) => [screen.name, screen] as const))('%s has no accessibility violation', async (name, screen) => {
    const page = await openScreen(screen, mode === 'elder');
    try {
      const violations = await axeViolations(page);
      await fullPageScreenshot(page, `a11y-${name}-${mode}`);
      // One line a run, so a closing note can quote the counts.
      console.log(`axe ${name} ${mode}: ${violations.reduce((sum, v) => sum + v.nodes.length, 0)} elements in ${violations.length} rules`);
      expect(describeViolations(violations)).toBe('');
    } finally {
      await page.context().close();
    }
  });
});
