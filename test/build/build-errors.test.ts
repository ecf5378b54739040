/**
 * What an administrator sees when `npm run build` cannot work with its settings: one line naming
 * the setting and the way out, exit code 2, no stack trace. Run through the webpack CLI exactly as
 * the npm script runs it (the settings are refused before anything is compiled, so this is quick).
 * And what a development build prints: no bundle budget lines, since only production is measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const WEBPACK = require.resolve('webpack-cli/bin/cli.js');

function webpackCli(args: string[], env: Record<string, string | undefined>) {
  const clean = { ...process.env };
  delete clean.ADDIN_BASE_URL;
  delete clean.ADDIN_VERSION;
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  return spawnSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, env: clean, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run build (webpack --mode production) refuses settings in one line, exit 2', () => {
  test.each<[string, Record<string, string | undefined>, RegExp]>([
    ['no ADDIN_BASE_URL', {}, /^build: ADDIN_BASE_URL is not set: run `ADDIN_BASE_URL=https:\/\/your\.host\/etykieta\/ npm run build` \(or `npm run build:local` for a localhost build\)\n$/],
    ['an http:// ADDIN_BASE_URL', { ADDIN_BASE_URL: 'http://addins.example.gov.pl/etykieta/' }, /^build: ADDIN_BASE_URL must use https:\/\/ .*, got http:\/\/addins\.example\.gov\.pl\/etykieta\/\n$/],
    ['an ADDIN_BASE_URL that is no URL', { ADDIN_BASE_URL: 'addins' }, /^build: ADDIN_BASE_URL is not a URL: addins\n$/],
    ['a malformed ADDIN_VERSION', { ADDIN_BASE_URL: 'https://addins.example.gov.pl/etykieta/', ADDIN_VERSION: 'v2' }, /^build: ADDIN_VERSION must look like 1\.0\.0\.0, got v2\n$/],
  ])('%s', (_name, env, line) => {
    const run = webpackCli(['--mode', 'production'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(line);
    expect(run.stdout).toBe('');
  });
});

describe('budgets are a production matter', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'etykieta-budget-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('a development build of the launch-event bundle prints no budget line', () => {
    const run = webpackCli(['--mode', 'development', '--config-name', 'launchevent', '--output-path', path.join(out, 'dev')], {});
    expect(run.status).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/budget|KB gzip/);
  }, 60_000);

  test('a production build prints the launch-event bundle\'s size against its 60 KB budget', () => {
    const run = webpackCli(['--mode', 'production', '--config-name', 'launchevent', '--output-path', path.join(out, 'prod')], { ADDIN_BASE_URL: 'https://addins.example.gov.pl/etykieta/' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^launchevent bundle: \d+\.\d KB gzip in 1 file\(s\) \(budget 60 KB\)$/m);
  }, 60_000);
});
