import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const artifactsDir = join(__dirname, '..', '..', 'test-artifacts');

/** Debian's Chromium, headless, with the flags this closed network needs (PLATFORM.md). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const phoneUserAgent =
  'Mozilla/5.0 (Linux; Android 13; V2203A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36';
const desktopUserAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

/** A phone-sized page, as most consumers will open the landing link. */
export async function newPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    // A phone's browser, not "HeadlessChrome": the API does not count crawlers' beacons.
    userAgent: phoneUserAgent,
  });
  return withPatience(await context.newPage());
}

/** Waits until Taro's H5 router has finished sliding the page in (earlier shots are blank). */
export async function waitForTaroPage(page: Page): Promise<void> {
  await page.waitForSelector('.taro_page.taro_page_stationed:not(.taro_page_shade)', { timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/** A desktop browser window, as admins and the marketing office use the H5 build at a desk. */
export async function newDesktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', userAgent: desktopUserAgent });
  return withPatience(await context.newPage());
}

/**
 * Two cores run DynamoDB Local, serverless-offline (which starts a worker per function on
 * first call), the browser and jest: a first sign-in can take many seconds there. Waiting
 * longer than Playwright's 30 s default keeps a slow machine from reading as a failure.
 */
function withPatience(page: Page): Page {
  page.setDefaultTimeout(60_000);
  return page;
}
