import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import type { WxStub } from './wxStub';

/** The real `taro build --type weapp` output under test. */
export const distDir = path.resolve(__dirname, '../../../miniapp/dist');

type Lifecycle = (this: PageInstance, ...args: unknown[]) => void;
type PageInstance = Record<string, unknown> & {
  route?: string;
  onLoad: Lifecycle;
  onShow: Lifecycle;
  onReady: Lifecycle;
  onUnload: Lifecycle;
};
type AppConfig = Record<string, unknown> & { onLaunch?: (options: unknown) => void; onShow?: (options: unknown) => void };

/** Loose view of the Node global: these are the WeChat globals the build output calls. */
const wechatGlobals = globalThis as unknown as Record<string, unknown> & { Component: (options: unknown) => void };

let opening: { route: string; query: Record<string, string> } | null = null;

/**
 * miniprogram-simulate only knows custom components, so a Taro page (Page constructor) is
 * registered as a component whose `attached` plays WeChat's page start-up: onLoad(query),
 * onShow, then onReady.
 */
function pageAsComponent(options: Record<string, unknown>): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) (typeof value === 'function' ? methods : rest)[key] = value;
  return {
    ...rest,
    methods,
    lifetimes: {
      attached(this: PageInstance) {
        const page = opening;
        if (!page) throw new Error('openPage() must be used to open a page');
        this.route = page.route;
        this.onLoad(page.query);
        this.onShow();
      },
      ready(this: PageInstance) {
        this.onReady();
      },
      detached(this: PageInstance) {
        this.onUnload();
      },
    },
  };
}

/** Installs the WeChat globals and runs app.js, as WeChat does before the first page. */
export function launchApp(stub: WxStub): void {
  let app: AppConfig | undefined;
  Object.assign(wechatGlobals, {
    wx: stub.wx,
    App: (config: AppConfig) => {
      app = config;
    },
    getApp: () => app,
    getCurrentPages: () => [],
    Page: (options: Record<string, unknown>) => wechatGlobals.Component(pageAsComponent(options)),
  });
  require(path.join(distDir, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launch = { path: 'pages/landing/index', query: {}, scene: 1011 };
  app.onLaunch?.(launch);
  app.onShow?.(launch);
}

// Registered once per route, as WeChat does: the page's chunk runs once (webpack would
// skip it the second time), and every open is a new instance of the same definition.
const loadedPages = new Map<string, string>();

function loadPage(route: string): string {
  let id = loadedPages.get(route);
  if (!id) {
    id = simulate.load(path.join(distDir, route), { rootPath: distDir });
    loadedPages.set(route, id);
  }
  return id;
}

/** Opens a page of the build (its wxml compiled by WeChat's own compiler) with a query. */
export function openPage(route: string, query: Record<string, string>) {
  opening = { route, query };
  const page = simulate.render(loadPage(route));
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

export type OpenedPage = ReturnType<typeof openPage>;

/** The text a person would see on the page. */
export const textOf = (page: OpenedPage): string => page.dom?.textContent ?? '';

/** Taps the first element matching `selector` (Taro binds taps on every element it renders). */
export function tap(page: OpenedPage, selector: string): void {
  const target = page.querySelector(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.dispatchEvent('tap');
}

/** Polls until `check` passes: rendering goes through timers and promises. */
export { waitFor } from '../../support/waitFor';

/** The subpackage roots the build declares (app.json `subPackages`). */
export function subpackageRoots(): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  return (app.subPackages ?? []).map((sub) => sub.root);
}

/** Bytes of every file under a folder of the build. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

/** Bytes of the main package: everything in dist outside the subpackage roots. */
export function mainPackageBytes(dir = distDir, subpackageRoots: string[] = []): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (subpackageRoots.some((root) => full.startsWith(path.join(distDir, root)))) continue;
    total += entry.isDirectory() ? mainPackageBytes(full, subpackageRoots) : fs.statSync(full).size;
  }
  return total;
}
