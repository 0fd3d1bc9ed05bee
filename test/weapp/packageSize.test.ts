import { distDir, mainPackageBytes } from './support/weappRuntime';

/** WeChat refuses to upload a main package over 2 MB. */
const mainPackageLimitBytes = 2 * 1024 * 1024;

it('keeps the main package well under the 2 MB WeChat limit', () => {
  const bytes = mainPackageBytes(distDir);
  console.log(`weapp main package: ${(bytes / 1024).toFixed(1)} KB`);
  expect(bytes).toBeLessThan(mainPackageLimitBytes / 2);
});
