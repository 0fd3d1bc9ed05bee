import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const h5Dir = join(root, 'miniapp', 'dist-h5');

/** Builds the H5 app unless a build newer than every source file exists. */
export function ensureH5Build(log: (line: string) => void): void {
  const index = join(h5Dir, 'index.html');
  const sources = [
    join(root, 'miniapp', 'src'),
    join(root, 'miniapp', 'config'),
    join(root, 'miniapp', 'media'),
    join(root, 'shared', 'src'),
  ];
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources.map(newestMtime))) {
    log('H5 build is up to date');
    return;
  }
  log('building the H5 app (about 20 s)…');
  const result = spawnSync('npm', ['run', 'build:h5', '-w', 'miniapp'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The H5 build failed (see above)');
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
