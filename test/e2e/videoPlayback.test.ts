import type { CampaignTotals, Metrics } from '@rights-outreach/shared';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { aggregated } from '../support/aggregation';
import { newPhonePage, screenshot, waitForTaroPage } from '../support/browser';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { aMaterial, givenCampaign } from '../support/fixtures';
import { current } from './support/consumerPages';

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

describe('a material video in the H5 build', () => {
  it('plays the demo video to the end, with its cover, and counts one play and one completion', async () => {
    const material = aMaterial({ kind: 'case', format: 'video', title: '“客服”来电要退款？', videoUrl: '/media/telecom-fraud.mp4' });
    await putMaterial(material);
    const { campaign } = await givenCampaign({ materialIds: [material.id] });
    const page = await newPhonePage(e2e.browser);

    // The project's own video and its still are served with the H5 app.
    const served = await fetch(`${e2e.stack.webUrl}/media/telecom-fraud.mp4`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('video/mp4');

    await page.goto(`${e2e.stack.webUrl}/pages/material/index?id=${material.id}&c=${campaign.code}&s=counter`);
    await waitForTaroPage(page);
    const video = current(page).locator('.material-video__player video');
    await video.waitFor({ state: 'attached' });
    await expect(video.getAttribute('poster')).resolves.toBe('/media/telecom-fraud.jpg');
    await screenshot(page, 'e2e-material-video');

    // The visitor taps play and watches the whole (six-second) video.
    await current(page).locator('.material-video__player').click();
    await video.evaluate((element: HTMLVideoElement) => (element.paused ? element.play() : undefined));
    await page.waitForFunction((element) => (element as HTMLVideoElement).ended, await video.elementHandle(), {
      timeout: 30_000,
      polling: 200,
    });

    const counted = await eventually(
      () => totals(campaign.code),
      (t) => t.videoPlays >= 1 && t.videoCompletions >= 1,
    );
    expect(counted).toMatchObject({ views: 1, visitors: 1, videoPlays: 1, videoCompletions: 1 });
    await page.close();
  });
});
