// One lint configuration for the whole tree. Formatting is Prettier's job (`npm run format`),
// so eslint-config-prettier switches off every stylistic rule that could disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'miniapp/dist*/',
    '.serverless/',
    '.esbuild/',
    '.build/',
    '.swc/',
    '.data*/',
    'coverage/',
    'test-artifacts/',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a binding kept on purpose (a parameter a signature needs, a field dropped
      // from a rest copy), the same convention as tsc's noUnusedParameters.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // `import { z } from 'zod'` makes bundlers keep all of zod (its 40-odd locales, JSON Schema
    // conversion…): ~450 KB in every Lambda against ~85 KB for `import * as z from 'zod'`.
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
          message: "Use `import * as z from 'zod'`: bundlers tree-shake it.",
        },
      ],
    },
  },
  {
    // Chinese text uses the ideographic space (U+3000) on purpose: in strings, templates and the comments that quote them.
    rules: { 'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }] },
  },
  {
    // Tests, benches and scripts read parsed JSON and YAML (templates, response bodies) and load
    // handlers by name; the product's code (shared, functions, miniapp) keeps both rules.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The CommonJS config files (jest, babel) and the jest reporter.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The React hooks rules, from the React team's own plugin: the mini-program is the only React code.
    files: ['miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Taro's H5 build keeps every component imported from '@tarojs/components' in one module that
    // every page's chunk carries; the heavy ones come from components/standalone, which keeps
    // them to the pages that use them (test/e2e/h5Payload.test.ts).
    files: ['miniapp/src/**/*.{ts,tsx}'],
    ignores: ['miniapp/src/components/standalone/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tarojs/components',
              importNames: ['Video', 'Canvas'],
              allowTypeImports: true,
              message: 'Import it from components/standalone: in H5 it then loads only with the pages that use it.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
