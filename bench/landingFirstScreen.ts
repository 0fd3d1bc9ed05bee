/**
 * How fast a consumer sees the landing page after scanning: the H5 build served with the local
 * API, in headless Chromium as a phone, on a fast connection (baseline) and on a slow phone
 * (CPU 4× slower, "slow 3G": 400 ms round trip, 400 kbit/s down), cold (empty cache) and warm.
 * Prints the time until the campaign name is on screen and until the first material is listed,
 * and the bytes transferred. Needs the H5 build (`npm run build:h5 -w miniapp`).
 */
import { rightsMaterials } from '@rights-outreach/shared';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { closeDb } from '../functions/src/repository/client';
import { launchBrowser, phoneUserAgent } from '../test/support/browser';
import { startStack } from '../test/support/stack';
import { median, startLandingBenchStore } from './lib';

const runs = 5;
const slowPhone = { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8, cpuSlowdown: 4 };

interface Sample {
  nameMs: number;
  materialsMs: number;
  kilobytes: number;
}

async function openLanding(browser: Browser, url: string, slow: boolean, warm: boolean): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    userAgent: phoneUserAgent,
  });
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (warm) await page.goto(url, { waitUntil: 'networkidle' });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slowPhone });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown });
  }
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const content = page.locator('.taro_page');
  await content.getByText('“3·15”消费者权益保护教育宣传周').first().waitFor({ timeout: 120_000 });
  const nameMs = Date.now() - start;
  await content.getByText(rightsMaterials[0]!.title).first().waitFor({ timeout: 120_000 });
  const materialsMs = Date.now() - start;
  await context.close();
  return { nameMs, materialsMs, kilobytes: bytes / 1024 };
}

async function main(): Promise<void> {
  const dynamo = await startLandingBenchStore();
  const stack = await startStack();
  const browser = await launchBrowser();
  try {
    const url = `${stack.webUrl}/pages/landing/index?c=bench-315&s=counter`;
    await openLanding(browser, url, false, false); // warms serverless-offline's workers
    const rows: [string, Sample][] = [];
    for (const [label, slow, warm] of [
      ['fast connection, cold', false, false],
      ['slow phone, cold', true, false],
      ['slow phone, warm cache', true, true],
    ] as const) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await openLanding(browser, url, slow, warm));
      rows.push([
        label,
        {
          nameMs: median(samples.map((s) => s.nameMs)),
          materialsMs: median(samples.map((s) => s.materialsMs)),
          kilobytes: median(samples.map((s) => s.kilobytes)),
        },
      ]);
    }
    console.log(
      `landing first screen, H5 build, median of ${runs} (slow phone: CPU ${slowPhone.cpuSlowdown}× slower, ${slowPhone.latency} ms RTT, 400 kbit/s)\n`,
    );
    console.log(`${'case'.padEnd(24)}${'name shown ms'.padStart(15)}${'materials ms'.padStart(14)}${'KB moved'.padStart(10)}`);
    for (const [label, sample] of rows) {
      console.log(
        `${label.padEnd(24)}${sample.nameMs.toFixed(0).padStart(15)}${sample.materialsMs.toFixed(0).padStart(14)}${sample.kilobytes.toFixed(0).padStart(10)}`,
      );
    }
    const base = rows[0]![1].nameMs;
    console.log(`\nratio slow cold / fast cold (name shown): ${(rows[1]![1].nameMs / base).toFixed(1)}`);
  } finally {
    await browser.close();
    await stack.stop();
    closeDb();
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
