import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { addDays, type CampaignReport, type CreateEventRequest, formatWan, shanghaiDate } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { handler as createEvent } from '../../functions/src/handlers/createEvent';
import { handler as recordBeacons } from '../../functions/src/handlers/recordBeacons';
import { bearer, givenAccount, givenOrgTree, type OrgTree, type TestAccount } from '../support/accounts';
import { newDesktopPage, newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { aBatch, aBeacon, anEventRequest, givenCampaign } from '../support/fixtures';
import { invoke } from '../support/invoke';
import { apiLogin, seedSession } from '../support/session';
import { aggregated } from '../support/aggregation';

/**
 * The marketing dashboard in the H5 build on a desktop browser (and a phone), against the
 * local API: sign in, the campaign list, the campaign page with the API's figures, charts,
 * drill-down and back, the paragraph copied, the workbook downloaded and read back.
 */
jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let tree: OrgTree;
let marketing: TestAccount;
let campaignCode: string;

beforeAll(async () => {
  tree = await givenOrgTree();
  marketing = await givenAccount({ role: 'marketing', unitId: tree.province.id, name: '测试消保部' });
  const admin = await givenAccount({ role: 'admin', unitId: tree.headOffice.id });
  const { campaign } = await givenCampaign({ name: '看板测试宣传周' });
  campaignCode = campaign.code;

  const yesterday = `${addDays(shanghaiDate(new Date()), -1)}T10:00:00+08:00`;
  const events: CreateEventRequest[] = [
    anEventRequest(campaignCode, tree.countyA.id, { startAt: yesterday, headcount: 120 }),
    anEventRequest(campaignCode, tree.counterA.id, { type: 'counter', startAt: yesterday, headcount: 12 }),
    anEventRequest(campaignCode, tree.countyB.id, { type: 'village', startAt: yesterday, headcount: 60, targetGroups: ['villagers'] }),
  ];
  for (const request of events) {
    expect((await invoke(createEvent, { method: 'POST', body: request, headers: bearer(admin) })).status).toBe(201);
  }
  const batches = [
    ...Array.from({ length: 6 }, () =>
      aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'checkin' })], { source: 'event', eventId: events[0]!.clientId }),
    ),
    ...Array.from({ length: 4 }, () =>
      aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'checkin' })], { source: 'event', eventId: events[1]!.clientId }),
    ),
    ...Array.from({ length: 3 }, () =>
      aBatch(campaignCode, [aBeacon(), aBeacon({ kind: 'share_tap' })], { source: `poster.${tree.countyB.id}` }),
    ),
  ];
  for (const batch of batches) expect((await invoke(recordBeacons, { method: 'POST', body: batch })).status).toBe(200);
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');

async function apiReport(unit?: string): Promise<CampaignReport> {
  await aggregated();
  const query = unit ? `?unit=${unit}` : '';
  const response = await fetch(`${e2e.stack.apiUrl}/reports/campaigns/${campaignCode}${query}`, { headers: bearer(marketing) });
  expect(response.status).toBe(200);
  return (await response.json()) as CampaignReport;
}

/** The figure shown under a label in a figure grid. */
async function figure(scope: Locator, label: string): Promise<string> {
  const cell = scope.locator('.figure-grid__tile', { has: scope.page().getByText(label, { exact: true }) }).first();
  return (await cell.locator('.figure-grid__value').innerText()).trim();
}

/** How many pixels of the canvas under `scope` are not blank (0 while nothing is drawn). */
function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context || element.width === 0) return 0;
    const pixels = context.getImageData(0, 0, element.width, element.height).data;
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count += 1;
    return count;
  });
}

/** Every chart of the page on screen has drawn (its canvas has ink) and none says it failed. */
async function expectChartsDrawn(page: Page): Promise<number> {
  const canvases = current(page).locator('.chart canvas');
  await canvases.first().waitFor();
  const count = await canvases.count();
  for (let i = 0; i < count; i++) {
    expect(
      await eventually(
        () => inkedPixels(canvases.nth(i)),
        (inked) => inked > 100,
      ),
    ).toBeGreaterThan(100);
  }
  expect(await current(page).locator('.chart__failed').count()).toBe(0);
  return count;
}

/** What has keyboard focus: its text or label, and whether a focus ring is drawn around it. */
async function focused(page: Page): Promise<{ text: string; id: string; ring: boolean; inCurrentPage: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { text: '', id: '', ring: false, inCurrentPage: false };
    const style = getComputedStyle(element);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const inCurrentPage = Boolean(element.closest('.taro_page_stationed:not(.taro_page_shade)'));
    return { text, id: element.id, ring, inCurrentPage };
  });
}

/** Presses Tab until `done` holds for the focused element (at most `limit` presses); returns every stop on the way. */
async function tabUntil(page: Page, done: (stop: Awaited<ReturnType<typeof focused>>) => boolean, limit = 80) {
  const stops: Awaited<ReturnType<typeof focused>>[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (done(stop)) return stops;
  }
  throw new Error(`Tab never reached the control; stops: ${stops.map((s) => s.text || s.id).join(' | ')}`);
}

/** A full-height screenshot at the page's width (Taro's H5 pages scroll inside their own container). */
async function fullScreenshot(page: Page, name: string, width: number): Promise<void> {
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width, height: Math.max(800, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width, height: 800 });
}

describe('the marketing dashboard, in the H5 build against the local API', () => {
  it('takes a marketing user from sign-in to the campaign list and the campaign page, showing the API’s figures, with charts', async () => {
    const page = await newDesktopPage(e2e.browser);
    await page.goto(`${e2e.stack.webUrl}/staff/pages/login/index`);
    await waitForTaroPage(page);
    await current(page).locator('input[placeholder="请输入工号"]').fill(marketing.employeeNo);
    await current(page).locator('input[placeholder="请输入密码"]').fill(marketing.password);
    await current(page).locator('taro-button-core', { hasText: '登录' }).click();
    await page.waitForURL(/dashboard\/pages\/campaigns\/index/);
    await waitForTaroPage(page);

    const report = await apiReport();
    const card = current(page).locator(`#campaign-${campaignCode}`);
    await card.waitFor();
    expect(await figure(card, '活动场次')).toBe(formatWan(report.offline.events));
    expect(await figure(card, '触达人数（人）')).toBe(formatWan(report.online.visitors));
    await fullScreenshot(page, 'dashboard-campaign-list', 1280);

    await card.click();
    await page.waitForURL(/dashboard\/pages\/campaign\/index/);
    await waitForTaroPage(page);
    const headline = current(page).locator('#report-headline');
    await headline.waitFor();
    expect(report.offline.events).toBe(3);
    expect(await figure(headline, '活动场次')).toBe('3');
    expect(await figure(headline, '现场参与人数')).toBe(String(report.offline.attendanceReported));
    expect(await figure(headline, '浏览量（人次）')).toBe(String(report.online.views));
    expect(await figure(headline, '现场签到人数')).toBe(String(report.online.checkins));
    await expect(current(page).locator('#report-paragraph .report__paragraph').innerText()).resolves.toBe(report.paragraph);

    // The charts drew something: the units chart's canvas is not blank.
    const canvas = current(page).locator('#report-units canvas').first();
    await canvas.waitFor();
    const inked = () =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        const context = element.getContext('2d');
        if (!context || element.width === 0) return 0;
        const pixels = context.getImageData(0, 0, element.width, element.height).data;
        let count = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count += 1;
        return count;
      });
    expect(await eventually(inked, (count) => count > 100)).toBeGreaterThan(100);
    await fullScreenshot(page, 'dashboard-campaign-desktop', 1280);
  });

  it('drills down to a county and back up, copies the results paragraph and downloads the workbook with the same figures', async () => {
    const page = await newDesktopPage(e2e.browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.stack.webUrl });
    await seedSession(page, await apiLogin(e2e.stack.apiUrl, marketing));
    await page.goto(`${e2e.stack.webUrl}/dashboard/pages/campaign/index?code=${campaignCode}`);
    await waitForTaroPage(page);
    await current(page).locator('#report-headline').waitFor();

    // Province → city → county A: the breadcrumb grows, the county shows its own events and its own channels.
    await current(page).locator(`#unit-${tree.city.id}`).click();
    await page.waitForURL(new RegExp(`unit=${tree.city.id}`));
    await waitForTaroPage(page);
    // Reached by a tap, with the province's page still in the DOM below: its charts draw all the same.
    await current(page).locator('.report__crumb-current', { hasText: '测试市分公司' }).waitFor();
    expect(await expectChartsDrawn(page)).toBeGreaterThan(0);
    await current(page).locator(`#unit-${tree.countyA.id}`).click();
    await page.waitForURL(new RegExp(`unit=${tree.countyA.id}`));
    await waitForTaroPage(page);
    const county = await apiReport(tree.countyA.id);
    await current(page).locator('.report__crumb-current', { hasText: '测试甲县支公司' }).waitFor();
    expect(await figure(current(page).locator('#report-headline'), '活动场次')).toBe(String(county.offline.events));
    const channels = current(page).locator('#report-channels');
    await channels.waitFor();
    for (const row of county.breakdowns.channels ?? []) await channels.getByText(row.label, { exact: true }).first().waitFor();
    expect(await current(page).locator('#report-not-detailed').count()).toBe(0);
    expect(await expectChartsDrawn(page)).toBeGreaterThan(0);
    await fullScreenshot(page, 'dashboard-drilled-down-county', 1280);

    // Back up to the province by the breadcrumb.
    await current(page).locator('.report__crumb-link', { hasText: '测试省分公司' }).click();
    await page.waitForURL((url) => !url.search.includes(`unit=${tree.countyA.id}`));
    await waitForTaroPage(page);
    await current(page).locator('.report__crumb-current', { hasText: '测试省分公司' }).waitFor();

    // 复制: the paragraph lands on the clipboard as it is.
    const province = await apiReport();
    await current(page).locator('#report-paragraph taro-button-core', { hasText: '复制' }).click();
    await current(page).getByText('已复制，可粘贴到报告中。').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(province.paragraph);

    // 导出 Excel: the downloaded workbook carries the page's figures.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      current(page).locator('taro-button-core', { hasText: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^看板测试宣传周_测试省分公司_数据报表_\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const summary = new Map<string, unknown>();
    workbook.getWorksheet('汇总')!.eachRow((row) => summary.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(summary.get('活动场次')).toBe(province.offline.events);
    expect(summary.get('现场签到人数（扫码核验）')).toBe(province.online.checkins);
    expect(summary.get('触达人数（人）')).toBe(province.online.visitors);
    expect(workbook.getWorksheet('主要成效')!.getRow(2).getCell(1).value).toBe(province.paragraph);
  });

  it('works with the keyboard alone: Tab reaches every control in page order with a focus ring, Enter and Space act', async () => {
    const page = await newDesktopPage(e2e.browser);
    await seedSession(page, await apiLogin(e2e.stack.apiUrl, marketing));
    await page.goto(`${e2e.stack.webUrl}/dashboard/pages/campaigns/index`);
    await waitForTaroPage(page);
    await current(page).locator(`#campaign-${campaignCode}`).waitFor();

    // The list: Tab to this campaign's card, Enter opens it.
    const toCard = await tabUntil(page, (stop) => stop.id === `campaign-${campaignCode}`);
    expect(toCard.filter((stop) => stop.text !== '' && !stop.ring)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/dashboard\/pages\/campaign\/index/);
    await waitForTaroPage(page);
    await current(page).locator('#report-headline').waitFor();

    // The campaign page: every control in the order it is on the page, each with a ring.
    const stops = await tabUntil(page, (stop) => stop.text === '导出 CSV');
    const controls = stops.filter((stop) => stop.inCurrentPage);
    expect(controls.filter((stop) => !stop.ring)).toEqual([]);
    const order = ['‹ 宣传活动数据', '复制', `unit-${tree.city.id}`, '导出 Excel', '导出 CSV'].map((wanted) =>
      controls.findIndex((stop) => stop.text.startsWith(wanted) || stop.id === wanted),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Back to the city link, Enter drills down; Space on the breadcrumb goes back up.
    await page.locator(`#unit-${tree.city.id}`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`unit=${tree.city.id}`));
    await waitForTaroPage(page);
    await current(page).locator('.report__crumb-current', { hasText: '测试市分公司' }).waitFor();
    const toCrumb = await tabUntil(page, (stop) => stop.inCurrentPage && stop.text === '测试省分公司');
    expect(toCrumb.at(-1)!.ring).toBe(true);
    await page.keyboard.press(' ');
    await page.waitForURL((url) => !url.search.includes(`unit=${tree.city.id}`));
    await waitForTaroPage(page);
    await current(page).locator('.report__crumb-current', { hasText: '测试省分公司' }).waitFor();
  });

  it('fits a phone: the campaign page at phone width', async () => {
    const page = await newPhonePage(e2e.browser);
    await seedSession(page, await apiLogin(e2e.stack.apiUrl, marketing));
    await page.goto(`${e2e.stack.webUrl}/dashboard/pages/campaign/index?code=${campaignCode}`);
    await waitForTaroPage(page);
    await current(page).locator('#report-headline').waitFor();
    const overflow = await current(page).evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await fullScreenshot(page, 'dashboard-campaign-phone', 390);
  });
});
