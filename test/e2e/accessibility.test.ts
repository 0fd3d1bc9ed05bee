import { randomUUID } from 'node:crypto';
import { landingUrl, shanghaiDate, type Campaign, type Material } from '@rights-outreach/shared';
import type { Page } from 'playwright-core';
import { pageFontScale } from '../../miniapp/src/elder/fontScale';
import { bearer, givenAccount, givenOrgTree } from '../support/accounts';
import { newPhonePage, waitForTaroPage } from '../support/browser';
import { putMaterial } from '../../functions/src/repository/materialRepository';
import { aMaterial, givenCampaign, anEventRequest } from '../support/fixtures';
import { useStackAndBrowser } from '../support/e2eHarness';
import { axeViolations, describeViolations } from './support/axe';
import { answerQuiz, button, current, fullPageScreenshot, switchToElderMode } from './support/consumerPages';

jest.setTimeout(240_000);

const e2e = useStackAndBrowser();
let campaign: Campaign;
let material: Material;
let videoMaterial: Material;
let eventId: string;

beforeAll(async () => {
  // An article and one of the project's own videos (served with the H5 build).
  material = aMaterial();
  videoMaterial = aMaterial({ kind: 'case', format: 'video', title: '“客服”来电要退款？', videoUrl: '/media/telecom-fraud.mp4' });
  for (const each of [material, videoMaterial]) await putMaterial(each);
  campaign = (await givenCampaign({ materialIds: [material.id, videoMaterial.id] })).campaign;
  const tree = await givenOrgTree();
  const staff = await givenAccount({ role: 'staff', unitId: tree.countyA.id });
  const request = anEventRequest(campaign.code, tree.countyA.id, {
    clientId: randomUUID(),
    startAt: `${shanghaiDate(new Date())}T09:30:00+08:00`,
  });
  const response = await fetch(`${e2e.stack.apiUrl}/events`, {
    method: 'POST',
    headers: { ...bearer(staff), 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  expect(response.status).toBe(201);
  eventId = request.clientId;
});

/** What a reader with large text needs: ≥ 48 px targets, nothing cut off at the right edge. */
async function layoutProblems(page: Page): Promise<string[]> {
  return current(page).evaluate((root) => {
    const problems: string[] = [];
    const width = root.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 20)}"`;
    if (root.scrollWidth > width + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${width}`);
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 1) problems.push(`wider than the screen: ${describe(element)} ends at ${Math.round(box.right)} px`);
    }
    for (const target of Array.from(
      root.querySelectorAll('taro-button-core, [role=button], [role=radio], [role=checkbox], [role=link], input, textarea'),
    )) {
      const box = target.getBoundingClientRect();
      if (box.height > 0 && box.height < 48)
        problems.push(`tap target under 48 px: ${describe(target)} is ${Math.round(box.height)} px high`);
    }
    return problems;
  });
}

/** The largest scale elder mode applies, whatever the WeChat setting (2×). */
const largestScale = pageFontScale(Number.MAX_VALUE, true);

async function rootFontPx(page: Page): Promise<number> {
  return current(page)
    .locator('.screen')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

interface Audited {
  name: string;
  open: (page: Page) => Promise<void>;
}

const audited: Audited[] = [
  {
    name: 'landing',
    open: async (page) => {
      await page.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
      await waitForTaroPage(page);
      await current(page).getByText(material.title).first().waitFor();
    },
  },
  {
    name: 'landing-event-signup',
    open: async (page) => {
      await page.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'event', eventId }));
      await waitForTaroPage(page);
      await current(page).getByText('金融知识进社区').first().waitFor();
      await button(page, '报名参加').click();
      await current(page).getByRole('checkbox').waitFor();
    },
  },
  {
    name: 'material',
    open: async (page) => {
      await page.goto(`${e2e.stack.webUrl}/pages/material/index?id=${material.id}&c=${campaign.code}&s=counter`);
      await waitForTaroPage(page);
      await current(page).getByText(material.sections[0]!.heading).first().waitFor();
    },
  },
  {
    name: 'material-video',
    open: async (page) => {
      await page.goto(`${e2e.stack.webUrl}/pages/material/index?id=${videoMaterial.id}&c=${campaign.code}&s=counter`);
      await waitForTaroPage(page);
      await current(page).locator('.material-video__player video').waitFor({ state: 'attached' });
      await current(page).getByText(videoMaterial.sections[0]!.heading).first().waitFor();
    },
  },
  {
    name: 'material-poster',
    open: async (page) => {
      await page.goto(`${e2e.stack.webUrl}/pages/material/index?id=${material.id}&c=${campaign.code}&s=counter`);
      await waitForTaroPage(page);
      await button(page, '生成分享海报').click();
      await current(page).locator('.share-poster__image img[src^="data:image/png"]').waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'quiz',
    open: async (page) => {
      await page.goto(`${e2e.stack.webUrl}/pages/quiz/index?c=${campaign.code}&s=counter`);
      await waitForTaroPage(page);
      await current(page).getByText('第 1 题 / 共 6 题').waitFor();
      await current(page).getByRole('radio').first().click();
    },
  },
  {
    name: 'quiz-result',
    open: async (page) => {
      await page.goto(`${e2e.stack.webUrl}/pages/quiz/index?c=${campaign.code}&s=counter`);
      await waitForTaroPage(page);
      await answerQuiz(page, (_question, options) => options - 1);
      await current(page)
        .getByText(/答对 \d \/ 6 题/)
        .waitFor();
    },
  },
];

async function openIn(mode: 'standard' | 'elder'): Promise<Page> {
  const page = await newPhonePage(e2e.browser);
  if (mode === 'elder') {
    await audited[0]!.open(page);
    await switchToElderMode(page);
  }
  return page;
}

describe.each(['standard', 'elder'] as const)('consumer pages in %s mode (H5, axe-core)', (mode) => {
  it.each(audited.map((entry) => [entry.name, entry] as const))('%s has no accessibility violation (WCAG 2.1 AA)', async (name, entry) => {
    const page = await openIn(mode);
    try {
      await entry.open(page);
      if (mode === 'elder') await current(page).locator('.screen.screen--elder').waitFor();
      // Let fonts and the page's slide-in settle before measuring.
      await page.waitForTimeout(300);

      const violations = await axeViolations(page);
      await fullPageScreenshot(page, `a11y-${name}-${mode}`);

      console.log(`axe ${name} ${mode}: ${violations.reduce((sum, v) => sum + v.nodes.length, 0)} elements in ${violations.length} rules`);
      expect(describeViolations(violations)).toBe('');
      if (mode === 'elder') {
        expect(await layoutProblems(page)).toEqual([]);
        // 16 px base × 1.3; the browser's own zoom stays the reader's.
        expect(await rootFontPx(page)).toBeGreaterThanOrEqual(16 * 1.3 - 0.5);

        // The largest WeChat font setting elder mode follows (2×, H5 has no such setting to read):
        // still nothing cut off at the right edge or under 48 px.
        await current(page)
          .locator('.screen')
          .evaluate((root, px) => root.setAttribute('style', `font-size: ${px}px`), 16 * largestScale);
        expect(await layoutProblems(page)).toEqual([]);
        await fullPageScreenshot(page, `a11y-${name}-elder-largest`);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('elder mode from the first paint (H5)', () => {
  it('renders the very first frame of a page already in elder mode, when the device has it on', async () => {
    const page = await newPhonePage(e2e.browser);
    try {
      await page.addInitScript(() => {
        window.localStorage.setItem('ro.elderMode.v1', JSON.stringify({ data: true }));
        // The class of the first .screen the app puts in the document, before anything re-renders it.
        const seen = window as unknown as { firstScreenClass?: string };
        new MutationObserver((_, observer) => {
          const screen = document.querySelector('.screen');
          if (screen && seen.firstScreenClass === undefined) {
            seen.firstScreenClass = screen.className;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
      await page.goto(landingUrl(e2e.stack.webUrl, { campaignCode: campaign.code, source: 'counter' }));
      await waitForTaroPage(page);
      await current(page).getByText(material.title).first().waitFor();
      const first = await page.evaluate(() => (window as unknown as { firstScreenClass?: string }).firstScreenClass);
      expect(first).toContain('screen--elder');
    } finally {
      await page.context().close();
    }
  });
});
