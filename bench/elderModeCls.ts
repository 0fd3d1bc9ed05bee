/**
 * Cumulative layout shift of the consumer pages in standard and in elder mode (长辈模式), as
 * Lighthouse 12 measures it on its default mobile profile, in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium). Elder mode is a device setting kept in local
 * storage: it is put there before the run and Lighthouse is told not to clear storage.
 * Prints CLS per page and mode (median and range of `BENCH_RUNS` runs, default 3); standard
 * mode is the baseline. Needs the H5 build (`npm run build:h5 -w miniapp`).
 */
import { rightsMaterials } from '@rights-outreach/shared';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { closeDb } from '../functions/src/repository/client';
import { startStack } from '../test/support/stack';
import { median, startLandingBenchStore } from './lib';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const elderModeKey = 'ro.elderMode.v1';

type Mode = 'standard' | 'elder';

async function main(): Promise<void> {
  const dynamo = await startLandingBenchStore();

  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const stack = await startStack();
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = [
    ['landing', `${stack.webUrl}/pages/landing/index?c=bench-315&s=counter`],
    ['material', `${stack.webUrl}/pages/material/index?id=${rightsMaterials[0]!.id}&c=bench-315&s=counter`],
    ['quiz', `${stack.webUrl}/pages/quiz/index?c=bench-315&s=counter`],
  ] as const;
  try {
    // The same Chromium, driven over CDP, to set the device's elder-mode choice for the origin.
    const driver = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const setElder = async (on: boolean) => {
      const context = driver.contexts()[0]!;
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/pages/landing/index`);
      // Taro's H5 storage keeps `{ data }` in localStorage (scripts have no DOM types: reach it by name).
      await page.evaluate(
        ({ key, value }) => {
          const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void; removeItem(k: string): void } })
            .localStorage;
          if (value) storage.setItem(key, JSON.stringify({ data: true }));
          else storage.removeItem(key);
        },
        { key: elderModeKey, value: on },
      );
      await page.close();
    };
    const shifted = new Map<string, number>();
    const cls = async (url: string): Promise<number> => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyAudits: ['cumulative-layout-shift', 'layout-shifts'],
        disableStorageReset: true,
      });
      const value = result?.lhr.audits['cumulative-layout-shift']?.numericValue;
      if (typeof value !== 'number') throw new Error(`no CLS for ${url}: ${result?.lhr.runtimeError?.message ?? 'unknown'}`);
      // What moved, to tell a fix where to look (BENCH_VERBOSE=1 prints them).
      const items =
        (result?.lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined)
          ?.items ?? [];
      for (const item of items) {
        const key = `${new URL(url).pathname} ${item.node?.selector ?? '?'}`;
        shifted.set(key, (shifted.get(key) ?? 0) + (item.score ?? 0));
      }
      return value;
    };

    await setElder(false);
    await cls(pages[0][1]); // warms serverless-offline's workers
    const rows: { page: string; mode: Mode; values: number[] }[] = [];
    for (const mode of ['standard', 'elder'] as const) {
      await setElder(mode === 'elder');
      for (const [name, url] of pages) {
        const values: number[] = [];
        for (let i = 0; i < runs; i++) values.push(await cls(url));
        rows.push({ page: name, mode, values });
      }
    }
    await driver.close();

    const { version } = createRequire(__filename)('lighthouse/package.json') as { version: string };
    console.log(`Lighthouse ${version} CLS, mobile profile, ${runs} runs each (median, min–max)\n`);
    console.log(`${'page'.padEnd(12)}${'mode'.padEnd(10)}${'median'.padStart(8)}${'range'.padStart(16)}`);
    for (const row of rows) {
      const range = `${Math.min(...row.values).toFixed(3)}–${Math.max(...row.values).toFixed(3)}`;
      console.log(`${row.page.padEnd(12)}${row.mode.padEnd(10)}${median(row.values).toFixed(3).padStart(8)}${range.padStart(16)}`);
    }
    const worst = (mode: Mode) => Math.max(...rows.filter((row) => row.mode === mode).flatMap((row) => row.values));
    console.log(`\nworst run: standard ${worst('standard').toFixed(3)}, elder ${worst('elder').toFixed(3)}`);
    if (process.env.BENCH_VERBOSE) {
      console.log('\nelements that moved (summed score over all runs):');
      for (const [key, score] of [...shifted].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${score.toFixed(3)}  ${key}`);
    }
  } finally {
    chrome.kill();
    await stack.stop();
    closeDb();
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
