import { randomUUID } from 'node:crypto';
import { formatWan, type CampaignReport, type PlatformFigure } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { aBatch, aBeacon, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { apiLogin, seedSession } from '../support/session';
import { aggregated } from '../support/aggregation';

/**
 * Figures reported from other platforms, in the H5 build against the local API: a staff member
 * enters what 视频号's back-end shows on a phone; marketing sees them beside the tracked figures
 * on the dashboard, and the paragraph quotes the 各平台 total with ours beside it.
 */
jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let tree: OrgTree;
let staff: TestAccount;
let marketing: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '平台录入员' });
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id, name: '平台看板员' });
  const { campaign } = await givenCampaign({ name: '平台数据测试周' });
  campaignCode = campaign.code;
  // Five people opened our landing page from a 视频号 link of county A.
  for (let i = 0; i < 5; i++) {
    const batch = aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'share_tap', id: randomUUID() })], {
      source: `channels.${tree.countyA.id}`,
    });
    expect((await invoke(recordBeacons, { method: 'POST', body: batch })).status).toBe(200);
  }
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');

async function signedInPage(page: Page, account: TestAccount, route: string): Promise<void> {
  await seedSession(page, await apiLogin(e2e.stack.apiUrl, account));
  await page.goto(`${e2e.stack.webUrl}/${route}`);
  await waitForTaroPage(page);
}

async function apiJson<T>(path: string, account: TestAccount): Promise<T> {
  const response = await fetch(`${e2e.stack.apiUrl}${path}`, { headers: bearer(account) });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('figures reported from other platforms, in the H5 build against the local API', () => {
  it('lets staff enter what a platform’s back-end shows, checked before sending, and lists it with who entered it', async () => {
    const page = await newPhonePage(e2e.browser);
    await signedInPage(page, staff, `staff/pages/records/index?c=${campaignCode}`);
    await current(page).locator('.records__add-figure').click();
    const form = current(page).locator('#platform-figure-form');
    await form.waitFor();

    // Nothing chosen and no figure: refused on the phone, nothing sent.
    await form.locator('.records__save').click();
    await form.getByText('请选择平台').waitFor();

    await form.locator('#figure-platform [role="radio"]', { hasText: '视频号' }).click();
    await form.locator('#figure-subject input').fill('番禺支公司视频号');
    await form.locator('#figure-plays input').fill('12000');
    await form.locator('#figure-shares input').fill('600');
    await form.locator('#figure-likes input').fill('320');
    await form.locator('.records__save').click();

    const row = current(page).locator('.records__figure', { hasText: '番禺支公司视频号' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(`录入 ${staff.employeeNo}`);
    await screenshot(page, 'staff-platform-figures');

    const { figures } = await apiJson<{ figures: PlatformFigure[] }>(`/platform-figures?campaign=${campaignCode}`, marketing);
    expect(figures).toEqual([
      expect.objectContaining({
        platform: 'channels',
        subject: '番禺支公司视频号',
        plays: 12_000,
        shares: 600,
        likes: 320,
        createdBy: staff.employeeNo,
      }),
    ]);
  });

  it('shows marketing tracked and reported side by side, and the paragraph with the 各平台 total and ours', async () => {
    await eventually(
      () => apiJson<{ figures: PlatformFigure[] }>(`/platform-figures?campaign=${campaignCode}`, marketing),
      (answer) => answer.figures.length === 1,
    );
    await aggregated();
    const report = await apiJson<CampaignReport>(`/reports/campaigns/${campaignCode}`, marketing);
    expect(report.platformFigures.tracked).toEqual({ views: 5, plays: 0, shares: 5 });
    expect(report.platformFigures.reported).toMatchObject({ plays: 12_000, shares: 600, likes: 320 });
    expect(report.paragraph).toContain('视频在各平台观看1.2万次，在各平台分享605次（其中本平台5次），获点赞320次');

    const page = await newDesktopPage(e2e.browser);
    await signedInPage(page, marketing, `dashboard/pages/campaign/index?code=${campaignCode}`);
    const section = current(page).locator('#report-platforms');
    await section.waitFor();
    const shares = section.locator('.reported__row--shares');
    await expect(shares.locator('.reported__tracked').innerText()).resolves.toBe(formatWan(5));
    await expect(shares.locator('.reported__reported').innerText()).resolves.toBe(formatWan(600));
    await expect(shares.locator('.reported__combined').innerText()).resolves.toBe(formatWan(605));
    await expect(section.locator('.reported__row--plays .reported__reported').innerText()).resolves.toBe('1.2万');
    // 视频号: 12,000 plays reported against none tracked from its links.
    await expect(section.locator('.reported__flag').first().innerText()).resolves.toContain('视频号');
    await expect(current(page).locator('#report-paragraph .report__paragraph').innerText()).resolves.toBe(report.paragraph);
    await screenshot(page, 'dashboard-platform-figures');
  });
});
