import type { UserConfigFn } from '@tarojs/cli';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import path from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import CompressionPlugin from 'compression-webpack-plugin';
import webpack from 'webpack';
import devConfig from './dev';
import prodConfig from './prod';
import { landingCampaignGet, landingRoute } from './landingRoute';
import { RoutePreloadPlugin } from './routePreload';

/** Default API for weapp builds when TARO_APP_API_BASE is not set: the local API. */
const defaultWeappApiBase = 'http://127.0.0.1:4000';

/**
 * H5 is served next to a proxy that forwards same-origin `/api/*` to the API, so it never
 * needs CORS; the mini-program calls the API host directly (it must be a whitelisted
 * request domain in the WeChat console for real devices).
 */
function apiBaseFor(platform: string | undefined): string {
  if (platform === 'h5') return '/api';
  return (process.env.TARO_APP_API_BASE || defaultWeappApiBase).replace(/\/+$/, '');
}

/**
 * The workspace package `@rights-outreach/shared` ships TypeScript source; Taro compiles
 * only `src/` unless told otherwise. Webpack resolves the workspace symlink to this path.
 */
const compileShared = { include: [path.resolve(__dirname, '../../shared/src')] };

/**
 * npm workspaces leave some Taro packages in miniapp/node_modules (not hoisted), where
 * packages resolved from the root node_modules (e.g. @tarojs/taro-h5 importing the React
 * framework runtime) would not look. Searched after the usual node_modules lookup.
 */
const workspaceModules = path.resolve(__dirname, '../node_modules');

/**
 * The charts library (AntV F2, dashboard subpackage only) uses many more tslib helpers than
 * Taro's runtime: one shared tslib module would carry them all in the main package. F2 gets
 * its own copy of tslib (the same file under another name), which stays in its subpackage.
 */
const chartsOwnTslib: ConstructorParameters<typeof webpack.NormalModuleReplacementPlugin> = [
  /^tslib$/,
  (resource: { context?: string; request: string }) => {
    if (/[\\/]node_modules[\\/]@antv[\\/]/.test(resource.context ?? '')) resource.request = 'tslib/tslib.es6.js';
  },
];

/**
 * Polyfills Taro's H5 API imports for every app, of what every browser the H5 build targets has
 * natively: the build's own syntax (`??=`, optional chaining) already needs Chrome 85 / Safari 14
 * or later, and fetch and AbortController are in Chrome 66 / Safari 12.1 on. Both polyfills only
 * install themselves where the browser lacks the API, so in our browsers they never ran; left
 * out, ~6 KB (brotli) less reaches a phone before the landing page shows.
 */
const nativeInEveryTarget = ['whatwg-fetch', 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only'];

/** Taro's stylesheet for its H5 components, which the app's first script injects (dropUnusedIconFont.js). */
const taroComponentsCss = /[\\/]@tarojs[\\/]components[\\/]dist[\\/]taro-components[\\/]taro-components\.css$/;

/**
 * Where the project's own videos (`/media/…` in a material's videoUrl) are served: with the H5
 * app on its own origin; for weapp, the H5 app's host (TARO_APP_MEDIA_BASE, default the local
 * web server), so the videos never weigh on the mini-program's package.
 */
function mediaBaseFor(platform: string | undefined): string {
  if (platform === 'h5') return '';
  return (process.env.TARO_APP_MEDIA_BASE || 'http://127.0.0.1:3000').replace(/\/+$/, '');
}

/** The H5 build carries the project's videos (miniapp/media) under /media. */
function copyFor(platform: string | undefined): IProjectConfig['copy'] {
  const patterns = platform === 'h5' ? [{ from: 'media/', to: `${outputRootFor(platform)}/media/` }] : [];
  return { patterns, options: {} };
}

/**
 * React on WeChat, Preact (its React-compatible 4 KB core, through `preact/compat`) in the H5
 * build: React DOM was ~30 KB (brotli) of the 134 KB a consumer's phone downloaded before the
 * landing page showed (bench:landing, README). The code is the same React code; Taro supports both.
 * babel.config.js follows the same choice.
 */
function frameworkFor(platform: string | undefined): 'react' | 'preact' {
  return platform === 'h5' ? 'preact' : 'react';
}

/** Options of compression-webpack-plugin writing `<file>.br` or `<file>.gz` beside each script, style and page. */
function precompressed(extension: 'br' | 'gz'): ConstructorParameters<typeof CompressionPlugin>[0] {
  const common = { test: /\.(js|css|html|svg)$/, threshold: 1024, filename: `[path][base].${extension}` };
  return extension === 'br'
    ? { ...common, algorithm: 'brotliCompress', compressionOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } } }
    : { ...common, algorithm: 'gzip', compressionOptions: { level: 9 } };
}

// Separate output folders so the weapp and H5 builds can coexist (CI builds both).
function outputRootFor(platform: string | undefined): string {
  return platform === 'h5' ? 'dist-h5' : 'dist';
}

const config: UserConfigFn<'webpack5'> = async (merge) => {
  const platform = process.env.TARO_ENV;
  const baseConfig: IProjectConfig<'webpack5'> = {
    projectName: 'rights-outreach',
    date: '2026-11-1',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: outputRootFor(platform),
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(apiBaseFor(platform)),
      MEDIA_BASE: JSON.stringify(mediaBaseFor(platform)),
    },
    copy: copyFor(platform),
    framework: frameworkFor(platform),
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's weapp default writes every non-ASCII character as a `\uXXXX` escape (6 bytes where
    // UTF-8 takes 3 for Chinese); WeChat and browsers read our JS as UTF-8, so emit the characters.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile: compileShared,
      webpackChain(chain) {
        chain.plugin('charts-own-tslib').use(webpack.NormalModuleReplacementPlugin, chartsOwnTslib);
      },
      // As for H5 below: pages import shared components in different orders; each component's
      // classes are its own, so the order of their CSS in a shared chunk does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      compile: compileShared,
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      webpackChain(chain) {
        chain.resolve.modules.add('node_modules').add(workspaceModules);
        for (const polyfill of nativeInEveryTarget) chain.resolve.alias.set(`${polyfill}$`, path.resolve(__dirname, 'noPolyfill.js'));
        chain.module
          .rule('taro-components-css-without-icon-font')
          .test(taroComponentsCss)
          .enforce('pre')
          .use('drop-unused-icon-font')
          .loader(path.resolve(__dirname, 'dropUnusedIconFont.js'));
        // The page a link opens loads with the app, not after it (the landing page on a slow phone).
        // The landing page's campaign is asked for at once too, from the link's `c`.
        chain.plugin('route-preload').use(RoutePreloadPlugin, [
          {
            sourceRoot: path.resolve(__dirname, '../src'),
            firstPage: landingRoute,
            publicPath: '/',
            apiBase: apiBaseFor('h5'),
            earlyGets: { [landingRoute]: landingCampaignGet },
          },
        ]);
        // Compressed once at the highest levels, next to each file, for a host that serves them as
        // they are (the local web server does; a CDN compressing on the fly uses lower ones).
        chain.plugin('precompress-br').use(CompressionPlugin, [precompressed('br')]);
        chain.plugin('precompress-gz').use(CompressionPlugin, [precompressed('gz')]);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  // `merge` is webpack-merge, typed by Taro as returning a plain object.
  const modeConfig = process.env.NODE_ENV === 'development' ? devConfig : prodConfig;
  return merge({}, baseConfig, modeConfig) as IProjectConfig<'webpack5'>;
};

// Not wrapped in @tarojs/cli's `defineConfig` (it only returns its argument): loading @tarojs/cli's
// index loads its native binding too (used by `taro create`), and npm has that binding at this Taro
// version for Linux x64 alone, so the build would stop on macOS, Windows and Linux arm64.
export default config;
