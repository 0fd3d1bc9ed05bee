import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type Declaration } from 'postcss';

const src = join(__dirname, '..', '..', '..', 'miniapp', 'src');
/** Where the tokens are defined: the app's, and the colours only the subpackage pages use. */
const tokenFiles = ['styles/tokens.css', 'styles/deskTokens.css'];

/**
 * Literal sizes that stay literal, each with its reason (file, property, value).
 * The two root sizes are design px that Taro converts per build (rpx in weapp, rem in H5);
 * every other size is relative to them.
 */
const allowed: Array<{ file: string; prop: string; value: string; why: string }> = [
  { file: 'components/Screen/index.css', prop: 'font-size', value: '32px', why: 'root font of every page (16 CSS px on a phone)' },
  { file: 'components/desk/DeskPage/index.css', prop: 'font-size', value: '16px', why: 'desktop reading size of the desk pages ≥ 768 px' },
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const files = cssFiles(src).map((path) => ({ name: relative(src, path).split('\\').join('/'), css: readFileSync(path, 'utf8') }));

function declarations(css: string): Declaration[] {
  const found: Declaration[] = [];
  postcss.parse(css).walkDecls((decl) => void found.push(decl));
  return found;
}

const colour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;
const usesOnlyVariables = (value: string) => /^(?:var\(--[a-z0-9-]+\)\s*)+(?:!important)?$/i.test(value.trim());
const isAllowed = (file: string, decl: Declaration) =>
  allowed.some((entry) => entry.file === file && entry.prop === decl.prop && entry.value === decl.value);
const where = (file: string, decl: Declaration) => `${file}:${decl.source?.start?.line ?? '?'} ${decl.prop}: ${decl.value}`;

const defined = new Set(
  files.flatMap(({ css }) =>
    declarations(css)
      .filter((decl) => decl.prop.startsWith('--'))
      .map((decl) => decl.prop),
  ),
);

describe('mini-program stylesheets use the design tokens (miniapp/src/styles/tokens.css)', () => {
  const others = files.filter((file) => !tokenFiles.includes(file.name));

  it('finds the stylesheets', () => {
    expect(others.length).toBeGreaterThan(40);
    for (const name of tokenFiles) expect(files.some((file) => file.name === name)).toBe(true);
  });

  it('has no colour literal outside the tokens', () => {
    const literals = others.flatMap(({ name, css }) =>
      declarations(css)
        .filter((decl) => colour.test(decl.value))
        .map((decl) => where(name, decl)),
    );
    expect(literals).toEqual([]);
  });

  it('sizes type and corners with the tokens only', () => {
    const literals = others.flatMap(({ name, css }) =>
      declarations(css)
        .filter((decl) => decl.prop === 'font-size' || /^border(-[a-z]+)*-radius$/.test(decl.prop))
        .filter((decl) => !usesOnlyVariables(decl.value) && !isAllowed(name, decl))
        .map((decl) => where(name, decl)),
    );
    expect(literals).toEqual([]);
  });

  it('uses no variable that is not defined', () => {
    const undefinedUses = files.flatMap(({ name, css }) =>
      declarations(css).flatMap((decl) =>
        [...decl.value.matchAll(/var\((--[a-z0-9-]+)/gi)].filter((match) => !defined.has(match[1]!)).map(() => where(name, decl)),
      ),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('keeps the exceptions current (each one still exists)', () => {
    for (const entry of allowed) {
      const file = files.find((each) => each.name === entry.file);
      expect(file && declarations(file.css).some((decl) => decl.prop === entry.prop && decl.value === entry.value)).toBe(true);
    }
  });
});
