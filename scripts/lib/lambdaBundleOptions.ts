import type { BuildOptions } from 'esbuild';

/**
 * How serverless.yml's `custom.esbuild` bundles each function (the SDK included and
 * tree-shaken from its ES modules), for code that bundles the same way outside osls:
 * bench:bundles and the handler-bundle test.
 */
export const lambdaBundleOptions = {
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;
