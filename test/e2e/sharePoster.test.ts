import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { landingUrl, type CampaignTotals } from '@rights-outreach/shared';
import type { Page } from 'playwright-core';
import { storageKeys } from '../../miniapp/src/tracker/storage';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { artifactsDir, newPhonePage, waitForTaroPage } from '../support/browser';
import { givenCampaign } from '../support/fixtures';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { button, current, fullPageScreenshot } from './support/consumerPages';
import { aggregated } from '../support/aggregation';

jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let admin: TestAccount;

beforeAll(async () => {
  admin = await givenAccount({ role: 'admin', unitId: (await givenOrgTree()).headOffice.id });
});

async function campaignTotals(code: string): Promise<CampaignTotals> {
  await aggregated();
  const response = await fetch(`${e2e.stack.apiUrl}/campaigns/${code}/totals`, { headers: bearer(admin) });
  expect(response.status).toBe(200);
  return (await response.json()) as CampaignTotals;
}

/** Views of one material, of every material, and of the landing page (every view is one or the other). */
function views(totals: CampaignTotals, materialId: string) {
  const materialRows = totals.breakdowns.material;
  const ofMaterials = materialRows.reduce((sum, row) => sum + row.metrics.views, 0);
  return {
    all: totals.totals.views,
    material: materialRows.find((row) => row.key === materialId)?.metrics.views ?? 0,
    landing: totals.totals.views - ofMaterials,
  };
}

/** Beacons a page's tracker still holds (Taro's H5 storage keeps `{ data }` in localStorage). */
function queuedBeacons(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    const queue = raw ? (JSON.parse(raw) as { data: unknown }).data : null;
    return Array.isArray(queue) ? queue.length : 0;
  }, storageKeys.queue);
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("a consumer's share poster, in the H5 build against the local API", () => {
  it('draws the material with a QR code of its link, downloads as a PNG, and a scan of it counts exactly one material view', async () => {
    const { campaign, materials } = await givenCampaign();
    const material = materials[1]!;

    // A consumer scans the counter's code and opens a material.
    const visitor = await newPhonePage(e2e.browser);
    await visitor.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
    await waitForTaroPage(visitor);
    await current(visitor).getByText(material.title).first().click();
    await current(visitor).getByText(material.sections[0]!.heading).first().waitFor();

    // Generates the share poster: the page fetches the QR code of the material's link.
    const qrResponse = visitor.waitForResponse((response) => response.url().includes(`/api/public/campaigns/${campaign.code}/qr?`));
    await button(visitor, '生成分享海报').click();
    const qr = await qrResponse;
    expect(qr.status()).toBe(200);
    const posterLink = qr.headers()['x-landing-url']!;
    expect(posterLink).toBe(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter', materialId: material.id }));

    // Sees the poster as a PNG image with a text alternative.
    const image = current(visitor).locator('.share-poster__image img[src^="data:image/png"]');
    await image.waitFor({ timeout: 30_000 });
    expect(await image.getAttribute('alt')).toBe(`分享海报：${material.title}`);
    await image.scrollIntoViewIfNeeded();
    await image.screenshot({ path: join(artifactsDir, 'poster-material.png') });
    await fullPageScreenshot(visitor, 'poster-material-page');

    // Downloads it: the whole poster at print resolution.
    const download = visitor.waitForEvent('download');
    await button(visitor, '下载海报').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${material.title}.png`);
    const saved = join(artifactsDir, 'poster-material-download.png');
    await file.saveAs(saved);
    const png = readFileSync(saved);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 1800 });

    // What the visit itself counted: the landing page and the material.
    const before = await eventually(
      () => campaignTotals(campaign.code),
      (totals) => totals.totals.views >= 2,
    );
    expect(views(before, material.id)).toEqual({ all: 2, material: 1, landing: 1 });

    // Someone scans the poster: its link opens the material itself.
    const scanner = await newPhonePage(e2e.browser);
    await scanner.goto(posterLink);
    await scanner.waitForURL(/\/pages\/material\/index\?/);
    await waitForTaroPage(scanner);
    await current(scanner).getByText(material.sections[0]!.heading).first().waitFor();
    expect(new URL(scanner.url()).searchParams.get('id')).toBe(material.id);
    await fullPageScreenshot(scanner, 'poster-scanned-material');

    // Exactly one more view, the material's, credited to the source the poster carried; no landing view
    // (read once the scanner's phone holds nothing more to send).
    const [after] = await eventually(
      () => Promise.all([campaignTotals(campaign.code), queuedBeacons(scanner)]),
      ([totals, queued]) => totals.totals.views >= 3 && queued === 0,
    );
    expect(views(after, material.id)).toEqual({ all: 3, material: 2, landing: 1 });
    expect(after.totals.visitors).toBe(2);
    expect(after.totals.shareOpens).toBe(0);
    expect(after.breakdowns.source.find((row) => row.key === 'counter')?.metrics.views).toBe(3);
  });
});
