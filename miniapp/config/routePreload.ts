import path from 'node:path';
import type { Chunk, Compilation, Compiler, Module } from 'webpack';
import webpack from 'webpack';

/** The asset the H5 build opens for every route (a single-page app). */
const htmlAsset = 'index.html';

/** A GET the opened page makes first, started by index.html before the app has loaded. */
export interface EarlyGet {
  /** The API path, `{name}` parameters filled from the link's query. */
  path: `/${string}`;
  /** Path parameter → the query parameter of the page's link that carries it. */
  fromQuery: Record<string, string>;
}

export interface RoutePreloadOptions {
  /** The app's source folder: a page is `<sourceRoot>/…/pages/<name>/index.tsx`, its route the path without extension. */
  sourceRoot: string;
  /** The route `/` opens. */
  firstPage: string;
  publicPath: string;
  /** Where the app calls its API (H5: `/api` on its own origin). */
  apiBase: string;
  /** Route → the GET its page makes first (the landing page's campaign). */
  earlyGets: Record<string, EarlyGet>;
}

/**
 * H5 only: makes the page a link opens start loading with the app, not after it. Taro's H5 router
 * loads each page's chunk only once the app's own scripts have run, so a cold visit waits for one
 * more round trip (on a slow phone's 400 ms, with the page's 50 KB behind it) before anything
 * shows. This plugin maps every page's route to the files of its chunk group and writes a small
 * script into `index.html` that, for the route being opened, adds `<link rel="preload">` tags for
 * them: the browser fetches the page alongside the app, and webpack's loader then finds them in
 * its cache. Other routes' files are not fetched. The route `/` opens the first page.
 *
 * For a route with an early GET (the landing page's campaign), the same script starts that request
 * too and leaves its promise in `window.__earlyAnswers` under the API path; the app's transport
 * takes it instead of asking again (services/earlyAnswers.h5.ts). A failed or refused early
 * answer is left to the app, which asks again and handles it as always.
 */
export class RoutePreloadPlugin {
  constructor(private readonly options: RoutePreloadOptions) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin has written index.html (OPTIMIZE_INLINE), before compression (OPTIMIZE_TRANSFER).
        { name: 'RoutePreloadPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => this.writeScript(compilation),
      );
    });
  }

  private writeScript(compilation: Compilation): void {
    const html = compilation.getAsset(htmlAsset);
    if (!html) return;
    const files = this.filesByRoute(compilation);
    const earlyGets = { ...this.options.earlyGets };
    const first = this.options.firstPage;
    if (first && files[first]) files[''] = files[first]!;
    if (first && earlyGets[first]) earlyGets[''] = earlyGets[first]!;
    const script = `<script>${preloadScript(files, earlyGets, this.options.apiBase)}</script>`;
    // Before the first script and stylesheet: an inline script waits for the stylesheets above it.
    const source = html.source.source().toString();
    const at = firstIndex(source, ['<script', '<link href=', '<link rel="stylesheet"', '</head>']);
    compilation.updateAsset(htmlAsset, new webpack.sources.RawSource(`${source.slice(0, at)}${script}${source.slice(at)}`));
  }

  /** Route (`pages/landing/index`) → the JS and CSS files its page needs beyond the app's own. */
  private filesByRoute(compilation: Compilation): Record<string, string[]> {
    const byRoute: Record<string, string[]> = {};
    for (const chunk of compilation.chunks) {
      if (chunk.canBeInitial()) continue;
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        const route = this.routeOf(module);
        if (route) byRoute[route] = this.groupFiles(chunk);
      }
    }
    return byRoute;
  }

  private routeOf(module: Module): string | undefined {
    const resource = resourceOf(module);
    if (!resource) return undefined;
    const relative = path.relative(this.options.sourceRoot, resource.split('?')[0]!).split(path.sep).join('/');
    return /^(?:[\w-]+\/)*pages\/[\w-]+\/index\.(?:tsx|ts|jsx|js)$/.test(relative) ? relative.replace(/\.\w+$/, '') : undefined;
  }

  private groupFiles(chunk: Chunk): string[] {
    const files = new Set<string>();
    for (const group of chunk.groupsIterable) {
      for (const member of group.chunks) {
        if (member.canBeInitial()) continue;
        for (const file of member.files) if (/\.(js|css)$/.test(file)) files.add(`${this.options.publicPath}${file}`);
      }
    }
    return [...files].sort();
  }
}

function firstIndex(text: string, markers: string[]): number {
  const found = markers.map((marker) => text.indexOf(marker)).filter((index) => index >= 0);
  if (found.length === 0) throw new Error('index.html has no <head> to write the route preload into');
  return Math.min(...found);
}

/** A module's source file; a concatenated module's is its root's. */
function resourceOf(module: Module): string | undefined {
  const root = (module as Module & { rootModule?: Module }).rootModule ?? module;
  return (root as Module & { resource?: string }).resource;
}

/** The inline script: ES5, no dependency, does nothing for a route it doesn't know and never throws. */
export function preloadScript(files: Record<string, string[]>, earlyGets: Record<string, EarlyGet>, apiBase: string): string {
  return (
    `!function(){try{var r=location.pathname.replace(/^\\/+|\\/+$/g,""),f=${JSON.stringify(files)}[r]||[],` +
    `g=${JSON.stringify(earlyGets)}[r];` +
    `for(var i=0;i<f.length;i++){var l=document.createElement("link");` +
    `l.rel="preload";l.as=/\\.css$/.test(f[i])?"style":"script";l.href=f[i];document.head.appendChild(l)}` +
    `if(!g)return;var q=new URLSearchParams(location.search),p=g.path.replace(/\\{(\\w+)\\}/g,function(_,k){` +
    `var v=q.get(g.fromQuery[k]);if(!v)throw 0;return encodeURIComponent(v)});` +
    `(window.__earlyAnswers=window.__earlyAnswers||{})[p]=fetch(${JSON.stringify(apiBase)}+p,{headers:{accept:"application/json"}})` +
    `.then(function(a){return a.ok?a.json().then(function(d){return{status:a.status,data:d}}):null})` +
    `.catch(function(){return null})}catch(e){}}();`
  );
}
