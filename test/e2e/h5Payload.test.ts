import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the H5 build makes a phone download, read from the build itself (dist-h5): the scripts
 * index.html starts with and, from the route-preload map it carries, each page's own files.
 */
const h5Dir = join(__dirname, '..', '..', 'miniapp', 'dist-h5');
const indexHtml = readFileSync(join(h5Dir, 'index.html'), 'utf8');

function read(publicPath: string): string {
  return readFileSync(join(h5Dir, publicPath), 'utf8');
}

/** The scripts every page starts with (`<script src>` in index.html). */
function appScripts(): string[] {
  return [...indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((match) => match[1]!);
}

/** Each page's own files, as RoutePreloadPlugin writes them into index.html. */
function pageFiles(): Record<string, string[]> {
  const map = /\bf=(\{"[^;]*?\})\[r\]/.exec(indexHtml);
  if (!map) throw new Error('index.html carries no route-preload map');
  return JSON.parse(map[1]!) as Record<string, string[]>;
}

function scriptsOf(route: string): string[] {
  const files = pageFiles()[route];
  if (!files) throw new Error(`no files for ${route} in the route-preload map`);
  return files.filter((file) => file.endsWith('.js'));
}

function allScripts(): string[] {
  return readdirSync(join(h5Dir, 'js'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `/js/${file}`);
}

/** Which of the files hold the text (file names, not their code, in a failure). */
function holding(files: string[], text: string | RegExp): string[] {
  return files.filter((file) => (typeof text === 'string' ? read(file).includes(text) : text.test(read(file))));
}

const landingScripts = [...appScripts(), ...scriptsOf('pages/landing/index')];

describe('what a phone downloads before the landing page shows (H5 build)', () => {
  it('starts from the app scripts and the landing page chunk', () => {
    expect(appScripts().length).toBeGreaterThan(0);
    expect(scriptsOf('pages/landing/index')).toHaveLength(1);
  });

  it('holds no video player: only the material page, which plays videos, loads it', () => {
    expect(holding(landingScripts, 'taro-video-core')).toEqual([]);
    expect(holding(scriptsOf('pages/material/index'), 'taro-video-core')).toHaveLength(1);
  });

  it('holds no canvas: only the event page, which draws the poster, loads it', () => {
    expect(holding(landingScripts, 'taro-canvas-core')).toEqual([]);
    expect(holding(scriptsOf('staff/pages/event-detail/index'), 'taro-canvas-core')).toHaveLength(1);
  });

  it("holds no WeUI icon font from Taro's stylesheet", () => {
    expect(holding(landingScripts, '.taro-app-wrap')).toHaveLength(1);
    expect(holding(landingScripts, /font-family:\s*["']?weui/)).toEqual([]);
  });

  it('the icon font is not missed: no page uses the components it draws', () => {
    for (const tag of ['taro-icon-core', 'taro-checkbox-core', 'taro-radio-core']) expect(holding(allScripts(), tag)).toEqual([]);
  });
});
