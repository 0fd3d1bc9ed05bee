import type { EventTotals, OutreachEvent } from '@rights-outreach/shared';
import { landingUrl } from '@rights-outreach/shared';
import type { Locator, Page } from 'playwright-core';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { givenCampaign } from '../support/fixtures';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { aggregated } from '../support/aggregation';

jest.setTimeout(180_000);

const e2e = useStackAndBrowser();
let staff: TestAccount;

beforeAll(async () => {
  const tree = await givenOrgTree();
  staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id, name: '测试专员' });
});

const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');
const button = (page: Page, text: string): Locator => current(page).locator('taro-button-core', { hasText: text });
const fieldInput = (page: Page, name: string): Locator => current(page).locator(`input[name="${name}"]`);

/** Taro's H5 storage keeps `{ data }` in localStorage. */
async function stored<T>(page: Page, key: string): Promise<T | null> {
  return page.evaluate((k) => {
    const raw = window.localStorage.getItem(k);
    return raw ? (JSON.parse(raw) as { data: unknown }).data : null;
  }, key) as Promise<T | null>;
}

/**
 * A screenshot of the whole page at phone width: Taro's H5 pages scroll inside their own
 * container, so the window is made as tall as the content first.
 */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  // A toast ("已保存…") fades after 2 s; the screenshot is of the page itself.
  await page
    .locator('.taro__toast')
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.max(844, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
}

async function apiEvents(campaignCode: string): Promise<OutreachEvent[]> {
  const response = await fetch(`${e2e.stack.apiUrl}/events?campaign=${campaignCode}`, { headers: bearer(staff) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: OutreachEvent[] }).events;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${e2e.stack.webUrl}/staff/pages/login/index`);
  await waitForTaroPage(page);

  // A wrong password: the server's message, which never says which of the two was wrong.
  await fieldInput(page, 'employeeNo').fill(staff.employeeNo);
  await fieldInput(page, 'password').fill('not-the-password');
  await button(page, '登录').click();
  await current(page).getByText('工号或密码错误').waitFor();
  await phoneScreenshot(page, 'staff-login-error');

  await fieldInput(page, 'password').fill(staff.password);
  await button(page, '登录').click();
  await page.waitForURL(/\/staff\/pages\/events\/index/);
  await waitForTaroPage(page);
  await current(page).getByText('我的活动').first().waitFor();
}

describe('staff registers an event without signal (H5 build against the local API)', () => {
  let campaignCode: string;
  let eventTitle: string;
  let page: Page;

  it('keeps an event created offline as 待同步, then delivers it exactly once when back online', async () => {
    const { campaign } = await givenCampaign({ name: '离线测试宣传周', slogan: '心系消费者 金融为人民' });
    campaignCode = campaign.code;
    eventTitle = `离线登记-${campaign.code.slice(-6)}`;
    page = await newPhonePage(e2e.browser);
    // React's own errors (e.g. insertBefore's NotFoundError after the sync re-renders the list).
    const domErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /NotFoundError|insertBefore|removeChild/.test(message.text())) domErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (/NotFoundError|insertBefore|removeChild/.test(String(error))) domErrors.push(String(error));
    });

    await signIn(page);
    await current(page).locator('select.form-picker').selectOption(campaign.code);
    await current(page).getByText('还没有活动记录').waitFor();
    // What the form needs offline was loaded while there was signal.
    await page.waitForFunction(() => Boolean(window.localStorage.getItem('ro.staff.orgUnits.v1')));

    // The signal goes: every API call fails.
    await page.route('**/api/**', (route) => route.abort());

    await button(page, '登记新活动').click();
    await page.waitForURL(/\/staff\/pages\/event-form\/index/);
    await waitForTaroPage(page);
    await current(page).getByText('基本信息').waitFor();

    // Saving an empty form: the schema's messages, next to their fields.
    await button(page, '保存登记').click();
    await current(page).locator('#field-title .form-field__error', { hasText: '活动名称至少 2 个字' }).waitFor();
    await current(page).locator('#field-staffPresent .form-field__error', { hasText: '请填写参与员工人数' }).waitFor();
    await phoneScreenshot(page, 'staff-form-error');

    await current(page).locator('#field-type').getByText('进社区').click();
    await fieldInput(page, 'title').fill(eventTitle);
    await current(page).locator('#field-startAt input[type=time]').fill('09:30');
    await fieldInput(page, 'placeName').fill('幸福社区文化广场');
    await current(page).locator('#field-targetGroups').getByText('老年人').click();
    await fieldInput(page, 'staffPresent').fill('3');
    await fieldInput(page, 'headcount').fill('40');
    await fieldInput(page, 'coverageMin').fill('100');
    await fieldInput(page, 'coverageMax').fill('200');
    await button(page, '保存登记').click();

    // Back on the list at once, the event marked 待同步, nothing on the server yet.
    await page.waitForURL(/\/staff\/pages\/events\/index/);
    await waitForTaroPage(page);
    const card = current(page).locator('.event-card', { hasText: eventTitle });
    await card.waitFor();
    await card.locator('.sync-badge', { hasText: '待同步' }).waitFor();
    await current(page).getByText('待同步 1 条').waitFor();
    await phoneScreenshot(page, 'staff-list-pending');
    expect(await apiEvents(campaignCode)).toEqual([]);
    const outbox = await stored<{ id: string; kind: string; state: string }[]>(page, 'ro.outbox.v1');
    expect(outbox).toEqual([expect.objectContaining({ kind: 'create', state: 'pending' })]);
    const clientId = outbox![0]!.id;

    // Signal is back: 立即同步 sends it; the list is read again from the server.
    await page.unroute('**/api/**');
    const listed = page.waitForResponse((r) => r.url().includes(`/api/events?campaign=${campaignCode}`) && r.status() === 200);
    await button(page, '立即同步').click();
    await current(page).getByText('待同步 1 条').waitFor({ state: 'detached' });
    await card.locator('.sync-badge').waitFor({ state: 'detached' });
    const fromServer = (await (await listed).json()) as { events: OutreachEvent[] };
    expect(fromServer.events.map((e) => e.id)).toContain(clientId);
    expect(await stored(page, 'ro.outbox.v1')).toEqual([]);

    // Exactly once on the server, under the id the phone gave it.
    const events = await apiEvents(campaignCode);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: clientId,
      title: eventTitle,
      type: 'community',
      startAt: expect.stringMatching(/T09:30:00/),
      headcount: 40,
      coverage: { min: 100, max: 200 },
      targetGroups: ['elderly'],
      createdBy: staff.employeeNo,
    });
    expect(Date.parse(events[0]!.startAt)).toBe(Date.parse(`${events[0]!.startAt.slice(0, 10)}T01:30:00Z`));
    expect(domErrors).toEqual([]);
  });

  it('counts heads on site across an app restart and saves the count as an edit', async () => {
    const card = current(page).locator('.event-card', { hasText: eventTitle });
    await card.click();
    await page.waitForURL(/\/staff\/pages\/event-detail\/index/);
    await waitForTaroPage(page);
    await current(page).getByText('现场计数').waitFor();

    for (let i = 0; i < 3; i++) await current(page).locator('.clicker__plus').click();
    await current(page).locator('.clicker__count', { hasText: '43' }).waitFor();

    // The app is closed and opened again: the count in progress is still there.
    await page.reload();
    await waitForTaroPage(page);
    await current(page).locator('.clicker__count', { hasText: '43' }).waitFor();

    // The QR poster is drawn for the synced event.
    await current(page)
      .locator('.poster__image img[src^="data:image/png"], .poster__image[src^="data:image/png"]')
      .first()
      .waitFor({ timeout: 30_000 });
    await phoneScreenshot(page, 'staff-detail');

    await button(page, '保存人数').click();
    const [event] = await eventually(
      () => apiEvents(campaignCode),
      (list) => list[0] !== undefined && 'headcount' in list[0] && list[0].headcount === 43,
    );
    expect(event).toMatchObject({ headcount: 43, version: 2 });
    await current(page).getByText('现场参与人数：40 → 43').waitFor({ timeout: 20_000 });
    // Who logged and changed it, by name beside the 工号.
    await current(page).getByText(`测试专员（工号 ${staff.employeeNo}）`).first().waitFor();
  });

  it('lets a visitor check in on the event landing page, counted for the event', async () => {
    const [event] = await apiEvents(campaignCode);
    const visitor = await newPhonePage(e2e.browser);

    await visitor.goto(landingUrl(e2e.stack.webUrl, { campaignCode, source: 'event', eventId: event!.id }));
    await waitForTaroPage(visitor);
    await current(visitor).getByText(eventTitle).first().waitFor();
    await current(visitor).getByText('幸福社区文化广场', { exact: false }).first().waitFor();
    await current(visitor).locator('taro-button-core', { hasText: '现场签到' }).click();
    await current(visitor).getByText('签到成功').waitFor();
    await phoneScreenshot(visitor, 'landing-event-checkin');

    const totals = await eventually(
      async () => {
        await aggregated();
        const response = await fetch(`${e2e.stack.apiUrl}/events/${event!.id}/totals`, { headers: bearer(staff) });
        return (await response.json()) as EventTotals;
      },
      (t) => t.totals?.checkins >= 1 && t.totals?.views >= 1,
    );
    expect(totals.totals).toMatchObject({ checkins: 1, views: 1, visitors: 1 });

    // This device remembers it checked in.
    await visitor.reload();
    await waitForTaroPage(visitor);
    await current(visitor).getByText('签到成功').waitFor();
  });

  it('deletes the event from its detail page, and never asks the server for it again', async () => {
    const [event] = await apiEvents(campaignCode);
    const asked: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith(`/api/events/${event!.id}`) && response.request().method() === 'GET')
        asked.push(response.status());
    });
    await current(page).locator('.detail__actions taro-button-core', { hasText: '删除活动' }).click();
    await page.locator('.taro__modal .taro-model__confirm').click();

    // Back on the list; the deletion delivered: gone from the server, nothing waiting.
    await page.waitForURL(/\/staff\/pages\/events\/index/);
    await waitForTaroPage(page);
    await eventually(
      () => apiEvents(campaignCode),
      (list) => list.length === 0,
    );
    expect(
      await eventually(
        () => stored<unknown[]>(page, 'ro.outbox.v1'),
        (records) => records?.length === 0,
      ),
    ).toEqual([]);
    await current(page).locator('.event-card', { hasText: eventTitle }).waitFor({ state: 'detached' });
    expect(asked.filter((status) => status === 404)).toEqual([]);
  });
});
