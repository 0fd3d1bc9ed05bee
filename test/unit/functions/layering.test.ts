import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const domainRoot = join(__dirname, '../../../functions/src/domain');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

describe('the counting rules are apart from storage', () => {
  it("no domain file imports the repository's keys (shards, sort keys, partitions)", () => {
    const offenders = sourceFiles(domainRoot)
      .filter((file) => importsOf(file).some((path) => /repository\/keys$/.test(path)))
      .map((file) => relative(domainRoot, file));
    expect(offenders).toEqual([]);
  });

  it('finds the imports it checks (the check is not vacuous)', () => {
    const all = sourceFiles(domainRoot).flatMap(importsOf);
    expect(all).toEqual(expect.arrayContaining(['../buckets', '@rights-outreach/shared']));
  });
});
