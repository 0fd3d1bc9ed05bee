/// <reference lib="dom" />
/**
 * Writes the demo's short videos (miniapp/media/*.mp4) and their poster frames (*.jpg), made by
 * this project: a canvas animation of the material's own words, recorded by Chromium's
 * MediaRecorder as H.264 MP4 (no ffmpeg needed). The files are committed; run this again only
 * to change them: `npx tsx scripts/makeDemoVideos.ts` (needs /usr/bin/chromium, takes the
 * videos' length in real time).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { demoVideos } from './lib/demoVideos';

const outDir = join(__dirname, '..', 'miniapp', 'media');

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const page = await browser.newPage();
    // tsx names inner functions through an `__name` helper that the page does not have.
    await page.evaluate('window.__name = (fn) => fn');
    for (const video of demoVideos) {
      const { mp4, jpg } = await page.evaluate(record, video);
      writeFileSync(join(outDir, `${video.name}.mp4`), Buffer.from(mp4, 'base64'));
      writeFileSync(join(outDir, `${video.name}.jpg`), Buffer.from(jpg, 'base64'));
      console.log(`wrote miniapp/media/${video.name}.mp4 (${Math.round((mp4.length * 3) / 4 / 1024)} KB) and its poster`);
    }
  } finally {
    await browser.close();
  }
}

/** Runs in the page: draws each caption card in turn on a canvas and records it. */
async function record(video: (typeof demoVideos)[number]): Promise<{ mp4: string; jpg: string }> {
  const width = 640;
  const height = 360;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  document.body.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  const total = video.captions.length * video.secondsPerCaption * 1000;

  const draw = (elapsed: number) => {
    const index = Math.min(video.captions.length - 1, Math.floor(elapsed / (video.secondsPerCaption * 1000)));
    const gradient = ctx.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, video.colours[0]);
    gradient.addColorStop(1, video.colours[1]);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.font = 'bold 34px "Noto Sans CJK SC", sans-serif';
    ctx.fillText(video.title, width / 2, 90);
    ctx.font = '28px "Noto Sans CJK SC", sans-serif';
    const lines = video.captions[index]!.split('\n');
    lines.forEach((line, i) => ctx.fillText(line, width / 2, 180 + i * 44 - (lines.length - 1) * 22));
    ctx.font = '18px "Noto Sans CJK SC", sans-serif';
    ctx.fillText('消保宣传通 · 金融消费者权益保护教育宣传', width / 2, height - 40);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(0, height - 8, (width * Math.min(elapsed, total)) / total, 8);
  };

  draw(0);
  const jpg = canvas.toDataURL('image/jpeg', 0.8).split(',')[1]!;
  const stream = canvas.captureStream(24);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/mp4;codecs=avc1.42E01E', videoBitsPerSecond: 250_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start();
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const frame = () => {
      const elapsed = performance.now() - started;
      draw(elapsed);
      if (elapsed >= total) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  recorder.stop();
  await stopped;
  canvas.remove();
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/mp4' }).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mp4: btoa(binary), jpg };
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
