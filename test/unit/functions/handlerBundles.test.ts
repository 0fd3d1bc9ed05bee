import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBundleOptions } from '../../../scripts/lib/lambdaBundleOptions';

const root = join(__dirname, '../../..');
const handlersDir = join(root, 'functions/src/handlers');

/** The shared modules one handler's bundle holds, bundled as serverless.yml bundles it. */
async function sharedModulesOf(handler: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(handlersDir, `${handler}.ts`)],
    absWorkingDir: root,
    ...lambdaBundleOptions,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([path, input]) => path.startsWith('shared/src/') && input.bytesInOutput > 0)
    .map(([path]) => path);
}

describe("a Lambda's bundle holds its own endpoint's schemas, not the whole contract's", () => {
  // Zod builds every schema when its module loads: the others would be cold start for nothing.
  it('every handler takes its endpoint from the per-endpoint module, never the whole `api`', () => {
    const offenders = readdirSync(handlersDir)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /import\s*\{[^}]*\bapi\b[^}]*\}\s*from\s*'@rights-outreach\/shared'/.test(readFileSync(join(handlersDir, file), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });

  it("signing in does not load the report's or the events' schemas", async () => {
    const modules = await sharedModulesOf('login');
    expect(modules).toEqual(expect.arrayContaining(['shared/src/schemas/auth.ts']));
    expect(modules).not.toEqual(expect.arrayContaining(['shared/src/schemas/report.ts']));
    expect(modules).not.toEqual(expect.arrayContaining(['shared/src/schemas/event.ts']));
    expect(modules).not.toEqual(expect.arrayContaining(['shared/src/schemas/outreachRecords.ts']));
  }, 60_000);

  it("the report's function does load them (the check is not vacuous)", async () => {
    const modules = await sharedModulesOf('getCampaignReport');
    expect(modules).toEqual(expect.arrayContaining(['shared/src/schemas/report.ts', 'shared/src/schemas/event.ts']));
  }, 60_000);
});
