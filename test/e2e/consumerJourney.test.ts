import { landingUrl, type CampaignTotals, type Metrics } from '@rights-outreach/shared';
import { bearer, givenAccount, givenOrgTree, type TestAccount } from '../support/accounts';
import { newPhonePage, waitForTaroPage } from '../support/browser';
import { givenCampaign } from '../support/fixtures';
import { eventually, useStackAndBrowser } from '../support/e2eHarness';
import { answerQuiz, button, current, fullPageScreenshot } from './support/consumerPages';
import { aggregated } from '../support/aggregation';

jest.setTimeout(240_000);

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

describe("a consumer's whole visit, in the H5 build against the local API", () => {
  it('scan → read → quiz → share a link → a relative opens it → feedback, each counted once in the campaign totals', async () => {
    const { campaign, materials } = await givenCampaign();
    const material = materials[0]!;

    // Scans the counter's QR code.
    const visitor = await newPhonePage(e2e.browser);
    await visitor.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
    await waitForTaroPage(visitor);
    await current(visitor).getByText(campaign.name).first().waitFor();

    // Reads a material, and comes back to the campaign.
    await current(visitor).getByText(material.title).first().click();
    await current(visitor).getByText(material.sections[0]!.heading).first().waitFor();
    await button(visitor, '查看活动全部资料').click();
    await current(visitor).getByText('权益知识小测验').first().waitFor();

    // Takes the quiz: answers every question, sees the score and the explanations.
    await current(visitor)
      .getByRole('link', { name: /权益知识小测验/ })
      .click();
    await current(visitor).getByText('第 1 题 / 共 6 题').waitFor();
    await answerQuiz(visitor);
    await current(visitor)
      .getByText(/答对 \d \/ 6 题/)
      .waitFor();
    expect(await current(visitor).locator('.quiz-review__explanation').count()).toBe(6);
    await fullPageScreenshot(visitor, 'journey-quiz-result');
    await button(visitor, '返回活动页').click();

    // Copies the landing page's link to send it to a relative.
    await button(visitor, '复制链接分享').click();
    const link = await current(visitor).locator('.copy-link__url').innerText();
    expect(link).toMatch(new RegExp(`^${e2e.stack.webUrl}/pages/landing/index\\?c=${campaign.code}&s=counter&sh=[A-Za-z0-9_-]{12}$`));
    await fullPageScreenshot(visitor, 'journey-link-copied');

    // The relative opens it on their own phone.
    const relative = await newPhonePage(e2e.browser);
    await relative.goto(link);
    await waitForTaroPage(relative);
    await current(relative).getByText(campaign.name).first().waitFor();

    // Rates the campaign: four stars and a comment.
    await current(visitor).getByRole('radio', { name: '4 星' }).click();
    await current(visitor).getByRole('textbox', { name: '您的意见或建议（选填）' }).fill('讲得很清楚，希望多讲讲防范养老诈骗。');
    await current(visitor).getByText('18/500').waitFor();
    await button(visitor, '提交评价').click();
    await current(visitor).getByText('感谢您的评价').waitFor();
    await fullPageScreenshot(visitor, 'journey-feedback-sent');

    const expected = {
      // Landing + material (the landing stays open underneath, so coming back is no new view) + the relative's landing.
      views: 3,
      visitors: 2,
      quizCompletions: 1,
      shareTaps: 1,
      shareOpens: 1,
      shareReach: 1,
      feedbacks: 1,
      ratingSum: 4,
    };
    const counted = await eventually(
      () => totals(campaign.code),
      (t) => Object.entries(expected).every(([name, value]) => t[name as keyof Metrics] >= value),
    );
    expect(counted).toMatchObject(expected);
  });
});
