import path from 'node:path';
import { distDir, folderBytes, mainPackageBytes, subpackageRoots } from './support/weappRuntime';

/** WeChat refuses to upload a main package or a subpackage over 2 MB. */
const packageLimitBytes = 2 * 1024 * 1024;

/** What a consumer downloads before the first page after a scan: kept well below the limit (issue 5). */
const mainPackageBudgetBytes = 600 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

it('keeps the main package under 600 KB, well within the 2 MB WeChat limit', () => {
  const bytes = mainPackageBytes(distDir, subpackageRoots());
  console.log(`weapp main package: ${kb(bytes)}`);
  expect(bytes).toBeLessThan(mainPackageBudgetBytes);
});

it('keeps each subpackage (staff, admin) under the 2 MB WeChat limit', () => {
  const roots = subpackageRoots();
  expect(roots).toEqual(expect.arrayContaining(['staff', 'admin']));
  for (const root of roots) {
    const bytes = folderBytes(path.join(distDir, root));
    console.log(`weapp subpackage ${root}: ${kb(bytes)}`);
    expect(bytes).toBeLessThan(packageLimitBytes / 2);
  }
});
