import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ariaState } from '../../../miniapp/src/utils/ariaState';

const src = join(__dirname, '../../../miniapp/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** An ARIA state given as a JSX expression or an object value, not as ariaState(…) or a string literal. */
const booleanState = /['"]?aria-(checked|disabled|busy|pressed|selected|expanded|hidden)['"]?\s*[=:]\s*(?:\{\s*)?(?!ariaState\(|['"{\s])/;

describe('ARIA states in the mini-program', () => {
  // Through Taro's H5 web-component wrapper a boolean `false` removes the attribute, and under
  // Preact (the H5 build) a boolean state kept its first value (README, miniapp/).
  it('are always written with ariaState, as the strings "true" / "false"', () => {
    const offenders = sourceFiles(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (booleanState.test(line) ? [`${relative(src, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('ariaState gives the attribute’s own strings', () => {
    expect([ariaState(true), ariaState(false)]).toEqual(['true', 'false']);
  });

  it('the check finds a boolean state (it is not vacuous)', () => {
    expect(booleanState.test('aria-checked={on}')).toBe(true);
    expect(booleanState.test("{ role: 'button', 'aria-disabled': disabled }")).toBe(true);
    expect(booleanState.test('aria-checked={ariaState(on)}')).toBe(false);
    expect(booleanState.test('aria-hidden="true"')).toBe(false);
  });
});
