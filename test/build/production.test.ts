/**
 * The production build of the launch-event config, end to end through webpack's Node API: what
 * `ADDIN_BASE_URL=https://… npm run build` writes beside launchevent.js is what an administrator
 * uploads, so it is checked as emitted (not only through build/manifest.cjs's functions).
 * Only this config is built (the task pane's is slow and has nothing to do with the URLs).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { validateManifest } from '../../src/manifest/validate';
import { schemaProblems } from './app-manifest-schema';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const launchEventConfig = require('../../build/webpack.launchevent.cjs');

const BASE = 'https://addins.example.gov.pl/etykieta/';

/** Runs the config with ADDIN_BASE_URL as given (undefined: unset) into `outDir`; async, so a refused URL is a rejection like `npm run build`'s failure. */
async function build(baseUrl: string | undefined, outDir: string): Promise<webpack.Stats> {
  const saved = process.env.ADDIN_BASE_URL;
  if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = baseUrl;
  try {
    // The config reads ADDIN_BASE_URL when it is made, so a bad value fails right here.
    const config = launchEventConfig({}, { mode: 'production' });
    config.output.path = outDir;
    return await new Promise((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) reject(err);
        else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString('errors-only') ?? 'no stats'));
        else resolve(stats);
      });
    });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

describe('production build (launch-event config, ADDIN_BASE_URL=https://…)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'etykieta-dist-'));
  let manifest = '';

  beforeAll(async () => {
    await build(BASE, out);
    manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  }, 60_000);

  test('emits the files an administrator deploys', () => {
    expect(readdirSync(out).sort()).toEqual(['.well-known', 'color.png', 'commands.html', 'etykieta-app.zip', 'launchevent.js', 'manifest.en-us.json', 'manifest.json', 'manifest.xml', 'outline.png']);
    expect(readdirSync(path.join(out, '.well-known'))).toEqual(['microsoft-officeaddins-allowed.json']);
  });

  test('the emitted manifest passes the production check', () => {
    expect(validateManifest(manifest, { production: true }).problems).toEqual([]);
  });

  test('no localhost anywhere, and every URL starts with the base URL', () => {
    expect(manifest).not.toMatch(/localhost/i);
    const { urls } = validateManifest(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(urls).toEqual(expect.arrayContaining([`${BASE}taskpane.html`, `${BASE}commands.html`, `${BASE}launchevent.js`]));
    expect(manifest).toContain('<AppDomain>https://addins.example.gov.pl</AppDomain>');
  });

  test('the emitted manifest.json is valid against Microsoft\'s schema and carries the same base URL', () => {
    const json = readFileSync(path.join(out, 'manifest.json'), 'utf8');
    expect(schemaProblems(JSON.parse(json))).toEqual([]);
    expect(json).not.toMatch(/localhost/i);
    expect(json).toContain(`"page": "${BASE}commands.html"`);
    expect(json).toContain(`"script": "${BASE}launchevent.js"`);
    expect(JSON.parse(json).validDomains).toEqual(['https://addins.example.gov.pl']);
  });

  test('the .well-known file lets launchevent.js fetch from this origin', () => {
    const allowed = JSON.parse(readFileSync(path.join(out, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'));
    expect(allowed).toEqual({ allowed: [`${BASE}launchevent.js`] });
  });

  test('the bundle knows the base URL, so it can find policy.json from classic Outlook', () => {
    expect(readFileSync(path.join(out, 'launchevent.js'), 'utf8')).toContain(BASE);
  });
});

describe('production build refuses a base URL Outlook cannot load', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'etykieta-dist-bad-'));

  test('http://', async () => {
    await expect(build('http://addins.example.gov.pl/etykieta/', out)).rejects.toThrow(/must use https/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('no ADDIN_BASE_URL', async () => {
    await expect(build(undefined, out)).rejects.toThrow(/ADDIN_BASE_URL is not set/);
    expect(readdirSync(out)).toEqual([]);
  });
});
