import { type CampaignTotals, type Metrics, landingUrl } from '@rights-outreach/shared';
import { newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { givenCampaign } from '../support/fixtures';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { aggregated } from '../support/aggregation';

jest.setTimeout(180_000);

const e2e = useStackAndBrowser();
let marketing: TestAccount;

beforeAll(async () => {
  marketing = await givenAccount({ role: 'marketing', unitId: (await givenOrgTree()).headOffice.id });
});

async function totals(code: string): Promise<Metrics> {
  await aggregated();
  const response = await fetch(`${e2e.stack.apiUrl}/campaigns/${code}/totals`, { headers: bearer(marketing) });
  expect(response.status).toBe(200);
  return ((await response.json()) as CampaignTotals).totals;
}

describe('scan → read → count, in the H5 build against the local API', () => {
  it('counts the landing view, a material view and one visitor after a consumer scans and reads', async () => {
    const { campaign, materials } = await givenCampaign();
    const page = await newPhonePage(e2e.browser);

    await page.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
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

    const response = await fetch(`${e2e.stack.webUrl}/api/public/campaigns/${campaign.code}/qr?format=svg&s=poster`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('x-landing-url')).toBe(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'poster' }));
  });

  it('tells the consumer in Chinese when the code is unknown, and counts nothing for it', async () => {
    const page = await newPhonePage(e2e.browser);
    const beaconPosts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/public/beacons')) beaconPosts.push(request.url());
    });

    await page.goto(landingUrl(e2e.stack.webUrl, { campaignCode: 'no-such-campaign' }));
    await waitForTaroPage(page);

    await page.locator('.taro_page_stationed').getByText('未找到该宣传活动').first().waitFor();
    // A view would be queued on the device first (ro.tracker.queue.v1), then sent: neither happens.
    const queued = await page.evaluate(() => {
      const raw = window.localStorage.getItem('ro.tracker.queue.v1');
      return raw ? ((JSON.parse(raw) as { data: unknown[] }).data ?? []).length : 0;
    });
    expect(queued).toBe(0);
    // Leaving the page sends whatever is queued: still nothing.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.goto('about:blank');
    expect(beaconPosts).toEqual([]);
  });
});
