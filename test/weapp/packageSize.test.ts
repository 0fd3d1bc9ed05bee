import fs from 'node:fs';
import path from 'node:path';
import { distDir, folderBytes, mainPackageBytes, subpackageRoots } from './support/weappRuntime';

/** WeChat refuses to upload a main package or a subpackage over 2 MB. */
const packageLimitBytes = 2 * 1024 * 1024;

/**
 * What a consumer downloads before the first page after a scan: kept well below the limit
 * (issue 5: 600 KB; issue 13: 400 KB — UTF-8 instead of \u escapes, no zod on the consumer pages).
 */
const mainPackageBudgetBytes = 400 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

it('keeps the main package under 400 KB, well within the 2 MB WeChat limit', () => {
  const bytes = mainPackageBytes(distDir, subpackageRoots());
  console.log(`weapp main package: ${kb(bytes)}`);
  expect(bytes).toBeLessThan(mainPackageBudgetBytes);
});

it('keeps the staff and admin subpackages under the 2 MB WeChat limit', () => {
  const roots = subpackageRoots();
  expect(roots).toEqual(expect.arrayContaining(['staff', 'admin', 'dashboard']));
  for (const root of roots.filter((r) => r !== 'dashboard')) {
    const bytes = folderBytes(path.join(distDir, root));
    console.log(`weapp subpackage ${root}: ${kb(bytes)}`);
    expect(bytes).toBeLessThan(packageLimitBytes / 2);
  }
});

it('keeps the dashboard subpackage, charts library included, under the 2 MB WeChat limit', () => {
  const bytes = folderBytes(path.join(distDir, 'dashboard'));
  console.log(`weapp subpackage dashboard: ${kb(bytes)}`);
  expect(bytes).toBeLessThan(packageLimitBytes);
});

it('keeps the charts library out of the main package and the other subpackages', () => {
  // Strings of F2 and its canvas engine that survive minification.
  const chartsMarker = /isF2Component|alwaysTriggerPointerEventOnCanvas/;
  const outside = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (full === path.join(distDir, 'dashboard')) return [];
      if (entry.isDirectory()) return outside(full);
      return entry.name.endsWith('.js') && chartsMarker.test(fs.readFileSync(full, 'utf8')) ? [path.relative(distDir, full)] : [];
    });
  expect(outside(distDir)).toEqual([]);
  expect(fs.readFileSync(path.join(distDir, 'dashboard/pages/campaign/index.js'), 'utf8')).toMatch(chartsMarker);
});
