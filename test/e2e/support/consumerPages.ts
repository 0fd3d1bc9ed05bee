import type { Locator, Page } from 'playwright-core';
import { screenshot } from '../../support/browser';

/** The page on screen (Taro keeps earlier pages of the stack in the DOM, hidden). */
export const current = (page: Page): Locator => page.locator('.taro_page_stationed:not(.taro_page_shade)');

/** A button of the page on screen by its text (H5 buttons are `taro-button-core` elements). */
export const button = (page: Page, text: string): Locator => current(page).locator('taro-button-core', { hasText: text });

/**
 * A full-page screenshot in test-artifacts/: Taro's H5 page scrolls inside its own element,
 * so the window is made as tall as the page first, then put back to a phone's height.
 */
export async function fullPageScreenshot(page: Page, name: string): Promise<void> {
  await page
    .locator('.taro__toast')
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/** Turns 长辈模式 on with the landing page's switch (it is remembered on the device for every page). */
export async function switchToElderMode(page: Page): Promise<void> {
  await current(page).getByRole('button', { name: '长辈模式' }).click();
  await current(page).locator('.screen.screen--elder').waitFor();
}

/** Answers every question of the quiz on screen with `choose(questionText, optionCount)` and submits. */
export async function answerQuiz(page: Page, choose: (question: string, options: number) => number = () => 0): Promise<void> {
  for (;;) {
    const progress = await current(page).locator('.quiz-question__count').innerText();
    const question = await current(page).locator('.quiz-question__text').innerText();
    const options = current(page).getByRole('radio');
    await options.nth(choose(question, await options.count())).click();
    const last = /第\s*(\d+)\s*题\s*\/\s*共\s*\1\s*题/.test(progress);
    await button(page, last ? '提交答案' : '下一题').click();
    if (last) return;
    await current(page).locator('.quiz-question__count', { hasNotText: progress }).waitFor();
  }
}
