/**
 * Three projects: `unit` (pure engine, policy, CLI, office adapter with fakes), `dom` (React task
 * pane under jsdom) and `e2e` (the built preview in Debian's Chromium through playwright-core).
 * Type errors are caught by `npm run typecheck`; tests transpile only, to stay fast on 2 cores.
 */
// tsconfig.jest.json sets isolatedModules, which makes ts-jest transpile file by file (no type check).
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }] };

module.exports = {
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/dom/'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/test/dom/**/*.test.ts?(x)'],
      setupFiles: ['<rootDir>/test/dom/setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
