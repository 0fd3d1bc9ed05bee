/**
 * Per-function bundle size and module load time, a proxy for the cold start our code adds.
 * Reads the packages `npm run package:api` writes (.serverless/<function>.zip, one esbuild
 * bundle each); packages first when they are missing or older than the sources. Each load
 * is timed in a fresh `node` process, median of several, next to a fresh process loading an
 * empty module (the baseline), measured in the same run.
 *
 *   npm run bench:bundles        (BENCH_LOADS=5 processes per function)
 *
 * The bundles hold the AWS SDK clients they use, tree-shaken from its ES modules (serverless.yml):
 * their load time is part of the figure. For reading it, the SDK alone is bundled the same way
 * and timed too. Node here may differ from Lambda's nodejs22.x. The last column loads each as on
 * Lambda with tracing on (the Tracer and aws-xray-sdk-core load too, from the Powertools layer
 * there, from node_modules here: the bundles leave them out, serverless.yml custom.esbuild).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { lambdaBundleOptions } from '../scripts/lib/lambdaBundleOptions';

const root = join(__dirname, '..');
const packageDir = join(root, '.serverless');
const loads = Number(process.env.BENCH_LOADS ?? 5);
/** What the bundles are built from: newer than a zip means the zip is stale. */
const sources = ['functions/src', 'shared/src', 'serverless.yml', 'package-lock.json'];

/** The SDK clients and commands the functions import, bundled alone as serverless.yml bundles them. */
const sdkImports = `
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, BatchGetCommand, BatchWriteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SSMClient } from '@aws-sdk/client-ssm';
globalThis.sdk = [DynamoDBClient, TransactionCanceledException, DynamoDBDocumentClient, BatchGetCommand, BatchWriteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand, UpdateCommand, SSMClient];
`;

/** Runs in each fresh process: time to require the file named by the first argument. */
const loadScript = `
const { performance } = require('node:perf_hooks');
const start = performance.now();
require(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;

interface Bundle {
  name: string;
  zipBytes: number;
  jsBytes: number;
  handlerFile: string;
  loadMs: number[];
  /** Loads as on Lambda with tracing on: the Tracer and aws-xray-sdk-core load too. */
  tracedLoadMs: number[];
}

function main(): void {
  ensurePackages();
  const workDir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    const bundles = zips().map((zip) => extract(zip, workDir));
    const emptyModule = join(workDir, 'empty.js');
    writeFileSync(emptyModule, '');
    // For reading the figures: how much of a load is the SDK the runtime provides, not our code.
    const sdkModule = join(workDir, 'sdk.js');
    buildSync({
      stdin: { contents: sdkImports, resolveDir: root, loader: 'js' },
      ...lambdaBundleOptions,
      outfile: sdkModule,
      logLevel: 'warning',
    });
    const baseline: number[] = [];
    const sdkOnly: number[] = [];
    // Rounds, not one function after another: anything else the machine does hits all alike.
    for (let round = 0; round < loads; round++) {
      baseline.push(loadTime(emptyModule));
      sdkOnly.push(loadTime(sdkModule));
      for (const bundle of bundles) {
        bundle.loadMs.push(loadTime(bundle.handlerFile));
        bundle.tracedLoadMs.push(loadTime(bundle.handlerFile, tracedEnv));
      }
    }
    print(bundles, median(baseline));
    console.log(
      `\nfor reference: the SDK clients and commands alone, bundled the same way (in every bundle above): ${median(sdkOnly).toFixed(1)} ms, ${(median(sdkOnly) - median(baseline)).toFixed(1)} ms over baseline`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function zips(): string[] {
  try {
    return readdirSync(packageDir)
      .filter((file) => file.endsWith('.zip'))
      .map((file) => join(packageDir, file));
  } catch {
    return [];
  }
}

/** Packages the functions when there are no zips or a source changed after they were built. */
function ensurePackages(): void {
  const built = zips();
  const builtAt = Math.min(...built.map((zip) => statSync(zip).mtimeMs));
  const changedAt = Math.max(...sources.map((source) => newestMtime(join(root, source))));
  if (built.length > 0 && builtAt >= changedAt) return;
  console.log(
    built.length === 0 ? 'no packages in .serverless: npm run package:api' : 'sources changed since packaging: npm run package:api',
  );
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'package:api'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package:api failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`packaged in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Unzips one package into its own directory and finds its handler module. */
function extract(zip: string, workDir: string): Bundle {
  const name = basename(zip, '.zip');
  const dir = join(workDir, name);
  mkdirSync(dir);
  try {
    execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  } catch (error) {
    throw new Error(`could not unzip ${zip} (is the unzip command installed?): ${(error as Error).message}`, { cause: error });
  }
  const jsFiles = filesUnder(dir).filter((file) => /\.[cm]?js$/.test(file));
  const handlerFile = jsFiles.find((file) => relative(dir, file) === join('functions', 'src', 'handlers', `${name}.js`)) ?? jsFiles[0];
  if (!handlerFile) throw new Error(`${zip} holds no JavaScript`);
  return {
    name,
    zipBytes: statSync(zip).size,
    jsBytes: jsFiles.reduce((sum, file) => sum + statSync(file).size, 0),
    handlerFile,
    loadMs: [],
    tracedLoadMs: [],
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * A Lambda container's environment where tracing is on (functions/src/observability/tracing.ts).
 * The Tracer and aws-xray-sdk-core are not in the bundles: there the Powertools layer provides
 * them, on NODE_PATH (/opt/nodejs/node_modules); here our node_modules stands in for it.
 */
const tracedEnv = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  POWERTOOLS_TRACE_ENABLED: 'true',
  NODE_PATH: join(root, 'node_modules'),
};

/** Milliseconds a fresh node process takes to require `file`, as that process measures it. */
function loadTime(file: string, extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(process.execPath, ['-e', loadScript, file], {
    encoding: 'utf8',
    // A bare environment, like a new container's (tracing off, as in the China regions);
    // config is read lazily, on the first request.
    env: {
      PATH: process.env.PATH,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...extraEnv,
    },
  });
  const ms = Number(result.stdout);
  if (result.status !== 0 || !Number.isFinite(ms)) throw new Error(`loading ${file} failed:\n${result.stderr}`);
  return ms;
}

function print(bundles: Bundle[], baselineMs: number): void {
  console.log(
    `\nmodule load time: median of ${loads} fresh node ${process.version} processes per function; baseline (an empty module) ${baselineMs.toFixed(1)} ms\n`,
  );
  const header = ['function', 'zip KB', 'JS KB', 'load ms', 'over baseline ms', 'traced: over baseline ms'];
  const rows = [...bundles]
    .sort((a, b) => b.zipBytes - a.zipBytes || a.name.localeCompare(b.name))
    .map((bundle) => {
      const load = median(bundle.loadMs);
      const traced = median(bundle.tracedLoadMs);
      return [
        bundle.name,
        kb(bundle.zipBytes),
        kb(bundle.jsBytes),
        load.toFixed(1),
        (load - baselineMs).toFixed(1),
        (traced - baselineMs).toFixed(1),
      ];
    });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

try {
  main();
} catch (error) {
  console.error(error);
  process.exit(1);
}
