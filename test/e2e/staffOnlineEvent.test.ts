import type { CampaignReport, OutreachEvent } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { givenCampaign } from '../support/fixtures';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { apiLogin, seedSession } from '../support/session';

/**
 * A staff member logs a live stream (an online event) in the H5 build against the local API:
 * a platform, a link and the platform's viewers instead of a place and a headcount; the
 * campaign report then counts it as an online activity, its viewers in 服务客户量.
 */
jest.setTimeout(180_000);

const e2e = useStackAndBrowser();
let staff: TestAccount;
let marketing: TestAccount;

beforeAll(async () => {
  const tree = await givenOrgTree();
  staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '测试专员' });
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id, name: '测试消保部' });
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');
const button = (page: Page, text: string): Locator => current(page).locator('taro-button-core', { hasText: text });
const fieldInput = (page: Page, name: string): Locator => current(page).locator(`input[name="${name}"]`);

async function apiEvents(campaignCode: string): Promise<OutreachEvent[]> {
  const response = await fetch(`${e2e.stack.apiUrl}/events?campaign=${campaignCode}`, { headers: bearer(staff) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: OutreachEvent[] }).events;
}

async function apiReport(campaignCode: string): Promise<CampaignReport> {
  const response = await fetch(`${e2e.stack.apiUrl}/reports/campaigns/${campaignCode}`, { headers: bearer(marketing) });
  expect(response.status).toBe(200);
  return (await response.json()) as CampaignReport;
}

describe('staff log an online event (H5 build against the local API)', () => {
  it('enters a live stream with its platform, link and viewers, and the report counts it as an online activity', async () => {
    const { campaign } = await givenCampaign({ name: '线上直播测试宣传周' });
    const title = `视频号直播-${campaign.code.slice(-6)}`;
    const page = await newPhonePage(e2e.browser);
    await seedSession(page, await apiLogin(e2e.stack.apiUrl, staff));
    await page.goto(`${e2e.stack.webUrl}/staff/pages/event-form/index?c=${campaign.code}`);
    await waitForTaroPage(page);
    await current(page).getByText('基本信息').waitFor();

    await current(page).locator('#field-type').getByText('直播', { exact: true }).click();
    await current(page).locator('#field-platform').waitFor();
    expect(await current(page).locator('#field-placeName').count()).toBe(0);
    expect(await current(page).locator('#field-headcount').count()).toBe(0);

    // Saved without a platform or viewers: the schema's messages, next to their fields.
    await button(page, '保存登记').click();
    await current(page).locator('#field-platform .form-field__error', { hasText: '请选择线上平台' }).waitFor();
    await current(page).locator('#field-viewersReported .form-field__error', { hasText: '请填写平台报告观看人数' }).waitFor();

    await fieldInput(page, 'title').fill(title);
    await current(page).locator('#field-startAt input[type=time]').fill('19:30');
    await current(page).locator('#field-platform').getByText('视频号', { exact: true }).click();
    await fieldInput(page, 'link').fill('https://channels.weixin.qq.com/live/315');
    await fieldInput(page, 'staffPresent').fill('2');
    await fieldInput(page, 'viewersReported').fill('5200');
    await screenshot(page, 'staff-form-online');
    await button(page, '保存登记').click();

    await page.waitForURL(/\/staff\/pages\/events\/index/);
    await waitForTaroPage(page);
    const card = current(page).locator('.event-card', { hasText: title });
    await card.waitFor();
    await card.getByText('线上 · 视频号').waitFor();
    await card.getByText('观看 5200 人').waitFor();

    // Delivered once (the phone syncs on its own when it has signal).
    const events = await eventually(
      () => apiEvents(campaign.code),
      (list) => list.length === 1,
      60_000,
    );
    expect(events).toEqual([
      expect.objectContaining({
        title,
        type: 'live_stream',
        platform: 'wechat_channels',
        link: 'https://channels.weixin.qq.com/live/315',
        viewersReported: 5200,
        staffPresent: 2,
      }),
    ]);
    expect(events[0]).not.toHaveProperty('headcount');

    // The report: an online activity, its viewers reported, none of it offline attendance.
    const report = await apiReport(campaign.code);
    expect(report.onlineActivities).toMatchObject({ events: 1, eventsByType: { live_stream: 1 }, viewersReported: 5200 });
    expect(report.offline.attendanceReported).toBe(0);
    expect(report.customersServed).toMatchObject({ total: 5200, viewersReported: 5200 });
    expect(report.paragraph).toContain('通过线上线下方式服务客户量5200人；开展线上教育宣传活动1场（直播1场），平台报告观看5200人');

    // And marketing sees it on the dashboard's campaign page.
    const desk = await newDesktopPage(e2e.browser);
    await seedSession(desk, await apiLogin(e2e.stack.apiUrl, marketing));
    await desk.goto(`${e2e.stack.webUrl}/dashboard/pages/campaign/index?code=${campaign.code}`);
    await waitForTaroPage(desk);
    const outreach = current(desk).locator('#report-outreach');
    await outreach.waitFor();
    const tile = (label: string) =>
      outreach
        .locator('.figure-grid__tile', { has: desk.getByText(label, { exact: true }) })
        .first()
        .locator('.figure-grid__value');
    expect((await tile('线上活动（场）').innerText()).trim()).toBe('1');
    expect((await tile('平台报告观看人数').innerText()).trim()).toBe('5200');
    expect((await tile('服务客户量（人）').innerText()).trim()).toBe('5200');
    await outreach.getByText('视频号').first().waitFor();
    await expect(current(desk).locator('#report-paragraph .report__paragraph').innerText()).resolves.toBe(report.paragraph);
    await screenshot(desk, 'dashboard-online-activity');
  });
});
