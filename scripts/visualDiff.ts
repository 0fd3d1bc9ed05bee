/**
 * Visual regression check of the H5 build: full-page screenshots of a fixed set of pages, at
 * phone width, in standard mode and in 长辈模式 (consumer pages), then a pixel-by-pixel
 * comparison with an earlier set.
 *
 *   npx tsx scripts/visualDiff.ts capture <dir>        needs the H5 build (npm run build:h5 -w miniapp)
 *   npx tsx scripts/visualDiff.ts compare <before> <after> [<diffDir>]
 *
 * The data is the demo seed on a fresh in-memory DynamoDB Local with a pinned clock (today,
 * 10:00 in Shanghai), so two captures on the same day show the same content. Comparing decodes
 * both PNGs in Chromium (no image library needed) and writes a red-on-grey diff image for each
 * page that differs. Slow (a stack and a browser on a shared machine): not part of `npm test`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { landingUrl, rightsMaterials } from '@rights-outreach/shared';
import type { Browser, Page } from 'playwright-core';
import { closeDb } from '../functions/src/repository/client';
import { launchBrowser, phoneUserAgent, waitForTaroPage } from '../test/support/browser';
import { startStack, type Stack } from '../test/support/stack';
import { startBenchStore } from '../bench/lib';
import { demoCampaignCode } from './lib/demoData';
import { localClient } from './lib/dynamoLocal';
import { ensureTable } from './lib/ensureTable';
import { seedDemo } from './lib/seedDemo';

const demoPassword = 'visual-diff-demo';
const elderModeKey = 'ro.elderMode.v1';
const sessionKey = 'ro.session.v1';
const stackTable = 'rights-outreach-test';

type Mode = 'standard' | 'elder';

interface Shot {
  name: string;
  /** Consumer pages are taken in both modes; desk pages have no elder mode. */
  modes: Mode[];
  /** Employee number to sign in as before the page opens. */
  as?: string;
  open: (page: Page, context: ShotContext) => Promise<void>;
}

interface ShotContext {
  stack: Stack;
  eventId: string;
}

const both: Mode[] = ['standard', 'elder'];
const current = (page: Page) => page.locator('.taro_page_stationed:not(.taro_page_shade)');
const button = (page: Page, text: string) => current(page).locator('taro-button-core', { hasText: text });

async function go(page: Page, url: string, text: string | RegExp): Promise<void> {
  await page.goto(url);
  await waitForTaroPage(page);
  await current(page).getByText(text).first().waitFor();
}

const counterLanding = (stack: Stack) => landingUrl(stack.webUrl, { campaignCode: demoCampaignCode, source: 'counter' });
const eventLanding = ({ stack, eventId }: ShotContext) =>
  landingUrl(stack.webUrl, { campaignCode: demoCampaignCode, source: 'event', eventId });
const material = rightsMaterials[0]!;

const shots: Shot[] = [
  { name: 'landing', modes: both, open: (page, { stack }) => go(page, counterLanding(stack), material.title) },
  {
    name: 'landing-feedback-sent',
    modes: both,
    open: async (page, { stack }) => {
      await go(page, counterLanding(stack), material.title);
      await current(page).getByRole('radio', { name: '4 星' }).click();
      await button(page, '提交评价').click();
      await current(page).getByText('感谢您的评价').waitFor();
    },
  },
  { name: 'landing-event', modes: both, open: (page, context) => go(page, eventLanding(context), '本场活动') },
  {
    name: 'landing-event-signup',
    modes: both,
    open: async (page, context) => {
      await go(page, eventLanding(context), '本场活动');
      await button(page, '报名参加').click();
      await current(page).getByRole('checkbox').waitFor();
    },
  },
  {
    name: 'landing-event-done',
    modes: both,
    open: async (page, context) => {
      await go(page, eventLanding(context), '本场活动');
      await button(page, '现场签到').click();
      await current(page).getByText('签到成功').waitFor();
      await button(page, '报名参加').click();
      const fields = current(page).locator('.signup-field__input input');
      await fields.nth(0).fill('王秀兰');
      await fields.nth(1).fill('13800138000');
      await current(page).getByRole('checkbox').click();
      await button(page, '提交报名').click();
      await current(page).getByText('报名成功').waitFor();
    },
  },
  {
    name: 'material',
    modes: both,
    open: (page, { stack }) =>
      go(page, `${stack.webUrl}/pages/material/index?id=${material.id}&c=${demoCampaignCode}&s=counter`, material.sections[0]!.heading),
  },
  {
    name: 'quiz',
    modes: both,
    open: async (page, { stack }) => {
      await go(page, `${stack.webUrl}/pages/quiz/index?c=${demoCampaignCode}&s=counter`, '第 1 题 / 共 6 题');
      await current(page).getByRole('radio').first().click();
    },
  },
  {
    name: 'quiz-result',
    modes: both,
    open: async (page, { stack }) => {
      await go(page, `${stack.webUrl}/pages/quiz/index?c=${demoCampaignCode}&s=counter`, '第 1 题 / 共 6 题');
      for (let question = 1; question <= 6; question += 1) {
        const options = current(page).getByRole('radio');
        await options.nth((await options.count()) - 1).click();
        await button(page, question === 6 ? '提交答案' : '下一题').click();
        if (question < 6)
          await current(page)
            .getByText(`第 ${question + 1} 题 / 共 6 题`)
            .waitFor();
      }
      await current(page)
        .getByText(/答对 \d \/ 6 题/)
        .waitFor();
    },
  },
  { name: 'staff-login', modes: ['standard'], open: (page, { stack }) => go(page, `${stack.webUrl}/staff/pages/login/index`, '登录') },
  {
    name: 'staff-events',
    modes: ['standard'],
    as: 'S0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/staff/pages/events/index`, '活动'),
  },
  {
    name: 'staff-event-form',
    modes: ['standard'],
    as: 'S0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/staff/pages/event-form/index`, '活动'),
  },
  {
    name: 'admin-home',
    modes: ['standard'],
    as: 'A0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/admin/pages/home/index`, '管理'),
  },
  {
    name: 'admin-units',
    modes: ['standard'],
    as: 'A0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/admin/pages/units/index`, '广东'),
  },
  {
    name: 'admin-campaigns',
    modes: ['standard'],
    as: 'A0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/admin/pages/campaigns/index`, '宣传周'),
  },
  {
    name: 'admin-materials',
    modes: ['standard'],
    as: 'A0001',
    open: (page, { stack }) => go(page, `${stack.webUrl}/admin/pages/materials/index`, material.title),
  },
  {
    name: 'dashboard-campaigns',
    modes: ['standard'],
    as: 'M0002',
    open: (page, { stack }) => go(page, `${stack.webUrl}/dashboard/pages/campaigns/index`, '宣传周'),
  },
];

/** Today at 10:00 in Shanghai (02:00 UTC): the seed's clock, the same for every capture of the day. */
function pinnedNow(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2));
}

async function login(stack: Stack, employeeNo: string): Promise<unknown> {
  const response = await fetch(`${stack.apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ employeeNo, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`login of ${employeeNo} failed: ${response.status}`);
  const body = (await response.json()) as { token: string; expiresAt: string; account: unknown };
  return { token: body.token, expiresAt: body.expiresAt, account: body.account };
}

/** The first of the demo staff member's events (by id), for the event landing page. */
async function firstEventId(stack: Stack, session: unknown): Promise<string> {
  const { token } = session as { token: string };
  const response = await fetch(`${stack.apiUrl}/events?campaign=${demoCampaignCode}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { events?: Array<{ id: string }>; items?: Array<{ id: string }> };
  const events = body.events ?? body.items ?? [];
  const ids = events.map((event) => event.id).sort();
  if (ids.length === 0) throw new Error(`no demo event: ${JSON.stringify(body).slice(0, 200)}`);
  return ids[0]!;
}

async function screenshotFullPage(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await current(page).getByText('正在加载').first().waitFor({ state: 'detached' });
  await page
    .locator('.taro__toast')
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
  // Let fonts, images and the page's slide-in settle; no caret blinking in a screenshot.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(500);
  const height = await current(page).evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 390, height: Math.max(844, height) });
  await page.waitForTimeout(200);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
}

async function capture(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const dynamo = await startBenchStore();
  // The API of stage `test` reads the table of that stage.
  const client = localClient(dynamo.endpoint);
  await ensureTable(client, stackTable);
  client.destroy();
  process.env.TABLE_NAME = stackTable;
  const { resetConfig } = await import('../functions/src/config');
  resetConfig();
  const seeded = await seedDemo({
    demoPassword,
    secrets: { visitorHashSecret: process.env.VISITOR_HASH_SECRET!, authTokenSecret: process.env.AUTH_TOKEN_SECRET! },
    now: pinnedNow(),
  });
  console.log(`[visual] demo ${seeded}`);
  const stack = await startStack();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const sessions = new Map<string, unknown>();
    for (const employeeNo of new Set(shots.flatMap((shot) => (shot.as ? [shot.as] : [])).concat('S0001'))) {
      sessions.set(employeeNo, await login(stack, employeeNo));
    }
    const context: ShotContext = { stack, eventId: await firstEventId(stack, sessions.get('S0001')) };
    // VISUAL_ONLY=landing,quiz takes only the shots whose names start with one of these.
    const only = process.env.VISUAL_ONLY?.split(',');
    for (const shot of shots.filter((each) => !only || only.some((prefix) => each.name.startsWith(prefix)))) {
      for (const mode of shot.modes) {
        const browserContext = await browser.newContext({
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          userAgent: phoneUserAgent,
        });
        const storage: Record<string, string> = {};
        if (mode === 'elder') storage[elderModeKey] = JSON.stringify({ data: true });
        if (shot.as) storage[sessionKey] = JSON.stringify({ data: sessions.get(shot.as) });
        await browserContext.addInitScript((entries) => {
          for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
        }, storage);
        // The same content every run: a seeded Math.random (the quiz draws its questions) and a
        // fixed clock for what the pages show (dates, "today"); the API keeps the real one.
        await browserContext.addInitScript(
          'let seed = 20251; Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;',
        );
        await browserContext.clock.setFixedTime(new Date(pinnedNow().getTime() + 60 * 60 * 1000));
        const page = await browserContext.newPage();
        page.setDefaultTimeout(60_000);
        const file = join(dir, `${shot.name}-${mode}.png`);
        try {
          await shot.open(page, context);
          if (mode === 'elder') await current(page).locator('.screen.screen--elder').waitFor();
          await screenshotFullPage(page, file);
          console.log(`[visual] ${file}`);
        } catch (error) {
          console.error(`[visual] ${shot.name} ${mode} failed: ${(error as Error).message.split('\n')[0]}`);
        } finally {
          await browserContext.close();
        }
      }
    }
  } finally {
    await browser?.close();
    await stack.stop();
    closeDb();
    await dynamo.stop();
  }
}

interface PixelDiff {
  width: number;
  height: number;
  differing: number;
  /** PNG of the differences (red) over a faded copy of `after`, as a data URL. */
  image: string;
  sizeChanged: boolean;
  before: string;
  after: string;
}

async function compare(beforeDir: string, afterDir: string, diffDir: string): Promise<void> {
  mkdirSync(diffDir, { recursive: true });
  const names = readdirSync(beforeDir)
    .filter((name) => name.endsWith('.png'))
    .sort();
  const browser = await launchBrowser();
  let changed = 0;
  try {
    const page = await (await browser.newContext()).newPage();
    // tsx compiles named functions with esbuild's __name helper, which the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    for (const name of names) {
      let after: Buffer;
      try {
        after = readFileSync(join(afterDir, name));
      } catch {
        console.log(`${name}: missing in ${afterDir}`);
        changed += 1;
        continue;
      }
      const before = readFileSync(join(beforeDir, name));
      if (before.equals(after)) {
        console.log(`${name}: identical`);
        continue;
      }
      const diff = await page.evaluate(pixelDiff, [before.toString('base64'), after.toString('base64')] as const);
      if (diff.differing === 0 && !diff.sizeChanged) {
        console.log(`${name}: identical pixels`);
        continue;
      }
      changed += 1;
      writeFileSync(join(diffDir, name), Buffer.from(diff.image.split(',')[1]!, 'base64'));
      console.log(
        diff.sizeChanged
          ? `${name}: size changed from ${diff.before} to ${diff.after} → ${join(diffDir, name)}`
          : `${name}: ${diff.differing} of ${diff.width * diff.height} pixels differ → ${join(diffDir, name)}`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(`${names.length} screenshots compared, ${changed} differ`);
  process.exitCode = changed === 0 ? 0 : 1;
}

/** Runs in the browser: decodes two PNGs and counts the pixels that differ. */
async function pixelDiff([beforeBase64, afterBase64]: readonly [string, string]): Promise<PixelDiff> {
  const decode = async (base64: string) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [before, after] = await Promise.all([decode(beforeBase64), decode(afterBase64)]);
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const out = new ImageData(width, height);
  let differing = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const o = (y * width + x) * 4;
      const inBefore = x < before.width && y < before.height;
      const inAfter = x < after.width && y < after.height;
      const b = (y * before.width + x) * 4;
      const a = (y * after.width + x) * 4;
      let same = inBefore && inAfter;
      for (let c = 0; same && c < 4; c += 1) same = before.data[b + c] === after.data[a + c];
      if (same) {
        const grey = 0.3 * after.data[a]! + 0.59 * after.data[a + 1]! + 0.11 * after.data[a + 2]!;
        out.data.set([grey, grey, grey, 60], o);
      } else {
        differing += 1;
        out.data.set([255, 0, 0, 255], o);
      }
    }
  }
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.putImageData(out, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const image = await new Promise<string>((done) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string);
    reader.readAsDataURL(blob);
  });
  const sizeChanged = before.width !== after.width || before.height !== after.height;
  return {
    width,
    height,
    differing,
    image,
    sizeChanged,
    before: `${before.width}×${before.height}`,
    after: `${after.width}×${after.height}`,
  };
}

async function main(): Promise<void> {
  const [command, first, second, third] = process.argv.slice(2);
  if (command === 'capture' && first) return capture(resolve(first));
  if (command === 'compare' && first && second) return compare(resolve(first), resolve(second), resolve(third ?? `${second}-diff`));
  console.error('usage: tsx scripts/visualDiff.ts capture <dir> | compare <before> <after> [<diffDir>]');
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
