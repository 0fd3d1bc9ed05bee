import type { BuildOptions } from 'esbuild';

/**
 * How serverless.yml's `custom.esbuild` bundles each function (the SDK included and
 * tree-shaken from its ES modules; what `exclude` leaves out stays a `require` of the
 * package), for code that bundles the same way outside osls: bench:bundles and the
 * handler-bundle test. test/infra/bundling.test.ts keeps the two the same.
 */
export const lambdaBundleOptions = {
  bundle: true,
  minify: true,
  sourcemap: false,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  mainFields: ['module', 'main'],
  external: ['@aws-lambda-powertools/tracer', 'aws-xray-sdk-core', '@aws-sdk/nested-clients'],
} as const satisfies BuildOptions;
