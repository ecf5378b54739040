// Lint keeps the architecture honest: src/engine and src/policy stay pure (SPEC § 1).
import tseslint from 'typescript-eslint';

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
    files: ['**/*.cjs', 'scripts/**/*.mjs', 'bin/**'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
