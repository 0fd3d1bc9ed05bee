import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lambdaBundleOptions } from '../../scripts/lib/lambdaBundleOptions';

/**
 * How the functions are bundled (serverless.yml, custom.esbuild), against the options the
 * bundle bench and the handler-bundle test bundle with, and against what `npm run package:api`
 * wrote (stage test, cn-north-1).
 */
const root = join(__dirname, '..', '..');
const esbuildConfig = (
  parse(readFileSync(join(root, 'serverless.yml'), 'utf8'), { logLevel: 'silent' }) as {
    custom: { esbuild: Record<string, unknown> & { exclude: string[] } };
  }
).custom.esbuild;
/** What left the bundles: never in them, and never loaded unless their feature runs. */
const leftOut = ['@aws-lambda-powertools/tracer', 'aws-xray-sdk-core', '@aws-sdk/nested-clients'];

/** Strings only the left-out packages' code holds. */
const markers = { 'aws-xray-sdk-core': 'AWSXRay', '@aws-sdk/nested-clients/sts': '"AssumeRoleWithWebIdentity"' };

/** Unzips a function's package into a directory of its own (no node_modules above it) and gives its handler file. */
function unpacked(functionName: string, dir: string): string {
  execFileSync('unzip', ['-q', '-o', join(root, '.serverless', `${functionName}.zip`), '-d', dir]);
  const folder = functionName === 'aggregateBeacons' ? 'streams' : 'handlers';
  return join(dir, 'functions', 'src', folder, `${functionName}.js`);
}

function withTempDir<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads a handler module in a fresh node, as a new Lambda container would; answers what it printed. */
function load(file: string, env: Record<string, string>): string {
  const script = `require(process.argv[1]); process.stdout.write(Object.keys(require.cache).filter((f) => f.includes('node_modules')).length > 0 ? 'node_modules loaded' : 'bundle only');`;
  return execFileSync(process.execPath, ['-e', script, file], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH!, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    encoding: 'utf8',
  });
}

describe('bundling', () => {
  it('bundles outside osls exactly as serverless.yml bundles', () => {
    const { exclude, ...options } = esbuildConfig;
    const { external, ...shared } = lambdaBundleOptions;
    // serverless-esbuild bundles as CommonJS unless told otherwise.
    expect({ format: 'cjs', ...options }).toEqual(shared);
    expect([...exclude].sort()).toEqual([...external].sort());
    expect([...exclude].sort()).toEqual([...leftOut].sort());
  });

  it.each(['login', 'recordBeacons', 'getCampaignReport', 'aggregateBeacons'])(
    '%s leaves out the Tracer, X-Ray and the SDK’s nested STS/SSO clients: they stay requires',
    (functionName) => {
      const code = withTempDir((dir) => readFileSync(unpacked(functionName, dir), 'utf8'));
      expect(code).toContain('require("@aws-lambda-powertools/tracer")');
      expect(code).toContain('import("@aws-sdk/nested-clients/sts")');
      for (const marker of Object.values(markers)) expect(code).not.toContain(marker);
    },
  );

  it('the markers above are in those packages’ code (the check is not vacuous)', async () => {
    const { build } = await import('esbuild');
    for (const [pkg, marker] of Object.entries(markers)) {
      const result = await build({
        stdin: { contents: `import * as m from '${pkg}'; globalThis.m = m;`, resolveDir: root, loader: 'js' },
        ...lambdaBundleOptions,
        external: [],
        write: false,
        logLevel: 'silent',
      });
      expect(result.outputFiles[0]!.text).toContain(marker);
    }
  }, 60_000);

  it('a function loads without them where tracing is off (the China regions)', () => {
    withTempDir((dir) => {
      expect(load(unpacked('recordBeacons', dir), {})).toBe('bundle only');
    });
  });

  it('a function loads the Tracer from the layer’s place where tracing is on', () => {
    withTempDir((dir) => {
      // Lambda puts a layer's node_modules on NODE_PATH (/opt/nodejs/node_modules); ours stands in for it.
      const traced = {
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
        POWERTOOLS_TRACE_ENABLED: 'true',
        NODE_PATH: join(root, 'node_modules'),
      };
      expect(load(unpacked('recordBeacons', dir), traced)).toBe('node_modules loaded');
    });
  });
});
