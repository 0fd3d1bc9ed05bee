import { landingUrl } from '@rights-outreach/shared';
import type { Browser } from 'playwright-core';
import { closeDb } from '../../functions/src/repository/client';
import { launchBrowser, newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { givenCampaign } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

jest.setTimeout(180_000);

let stack: Stack;
let browser: Browser;
let marketing: TestAccount;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  closeDb();
});

async function totals(code: string): Promise<{ views: number; visitors: number }> {
  const response = await fetch(`${stack.apiUrl}/campaigns/${code}/totals`, { headers: bearer(marketing) });
  expect(response.status).toBe(200);
  return response.json();
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('scan → read → count, in the H5 build against the local API', () => {
  it('counts the landing view, a material view and one visitor after a consumer scans and reads', async () => {
    const { campaign, materials } = await givenCampaign();
    const page = await newPhonePage(browser);

    await page.goto(landingUrl(stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
    await waitForTaroPage(page);
    const content = page.locator('.taro_page_stationed');
    await content.getByText(campaign.name).first().waitFor();
    await content.getByText(materials[0]!.title).first().waitFor();
    await screenshot(page, 'e2e-landing');

    await content.getByText(materials[0]!.title).first().click();
    await page.locator('.taro_page_stationed').getByText(materials[0]!.sections[0]!.heading).first().waitFor();
    await screenshot(page, 'e2e-material');

    const counted = await eventually(
      () => totals(campaign.code),
      (t) => t.views >= 2,
    );
    expect(counted).toMatchObject({ views: 2, visitors: 1 });
  });

  it('serves the campaign QR code that encodes the H5 landing link', async () => {
    const { campaign } = await givenCampaign();

    const response = await fetch(`${stack.webUrl}/api/public/campaigns/${campaign.code}/qr?format=svg&s=poster`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('x-landing-url')).toBe(
      landingUrl(stack.webUrl, { campaignCode: campaign.code, source: 'poster' }),
    );
  });

  it('tells the consumer in Chinese when the code is unknown', async () => {
    const page = await newPhonePage(browser);

    await page.goto(landingUrl(stack.webUrl, { campaignCode: 'no-such-campaign' }));
    await waitForTaroPage(page);

    await page.locator('.taro_page_stationed').getByText('未找到该宣传活动').first().waitFor();
  });
});
