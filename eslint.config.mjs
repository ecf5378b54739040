// Lint keeps the architecture honest: src/engine and src/policy stay pure (SPEC § 1), and no
// regex in src/ backtracks super-linearly on a citizen's text (SPEC § 8, docs/performance.md).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const impure = ['react', 'react-dom', 'react/*', '@fluentui/*', '@microsoft/office-js', 'office-addin-*', 'node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'url', 'crypto', 'mailparser', 'playwright-core'];

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: impure, message: 'src/engine and src/policy must stay pure: no Office, React, DOM or Node imports.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'localStorage', 'sessionStorage', 'navigator', 'process', 'require', 'Buffer', 'HTMLElement', 'DOMParser', 'XMLHttpRequest'],
    },
  },
  {
    // eslint-plugin-regexp's analysis (scslre): nested or overlapping quantifiers that can exchange
    // characters, and quantifiers that make a search retry from every position of a run
    // (`/[,.!:;\s]+$/`). Patterns built with `new RegExp` from data are checked where it can
    // evaluate them; the adversarial bench and tests cover the rest.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs', 'bin/**'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
