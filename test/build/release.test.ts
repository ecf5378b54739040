/**
 * The release an office downloads (build/release.cjs, `npm run release`): the zip carries exactly
 * the files to host, is byte-for-byte reproducible, and SHA256SUMS matches what was written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageRelease, deployedFiles } = require('../../build/release.cjs');

const REPO = path.resolve(__dirname, '../..');

function fakeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'etykieta-dist-'));
  const files: Record<string, string> = {
    'manifest.xml': '<OfficeApp/>',
    'etykieta-app.zip': 'app package',
    'manifest.json': '{}',
    'taskpane.html': '<html></html>',
    'taskpane.1234abcd.js': 'console.log(1)',
    'launchevent.js': 'var a=1',
    'commands.html': '<html></html>',
    '.well-known/microsoft-officeaddins-allowed.json': '{"allowed":[]}',
    'assets/icon-16.png': 'png',
    'preview.html': '<html></html>',
    'preview.5678abcd.js': 'preview',
    'preview-policy.json': '{}',
    'preview-policy-broken.json': '{',
    'taskpane.1234abcd.js.map': '{}',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), text);
  }
  return dist;
}

describe('packageRelease', () => {
  const dist = fakeDist();
  const out = mkdtempSync(path.join(tmpdir(), 'etykieta-release-'));
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  test('the zip holds the hosted files, not the preview or source maps', () => {
    expect(deployedFiles(dist)).toEqual([
      '.well-known/microsoft-officeaddins-allowed.json',
      'assets/icon-16.png',
      'commands.html',
      'etykieta-app.zip',
      'launchevent.js',
      'manifest.json',
      'manifest.xml',
      'taskpane.1234abcd.js',
      'taskpane.html',
    ]);
    packageRelease({ dist, out, version: '2.3.4' });
    const entries = unzipSync(readFileSync(path.join(out, 'etykieta-2.3.4.zip')));
    expect(Object.keys(entries).sort()).toEqual(deployedFiles(dist));
    expect(Buffer.from(entries['launchevent.js']).toString()).toBe('var a=1');
  });

  test('SHA256SUMS lists the zip and both manifests to upload with their real checksums, in sha256sum -c format', () => {
    writeFileSync(path.join(out, 'etykieta-2.3.4.tgz'), 'tarball');
    const { sums } = packageRelease({ dist, out, version: '2.3.4', extra: ['etykieta-2.3.4.tgz'] });
    const lines = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.split('  ')[1])).toEqual(['etykieta-2.3.4.tgz', 'etykieta-2.3.4.zip', 'etykieta-app.zip', 'manifest.xml']);
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(hash).toBe(createHash('sha256').update(readFileSync(path.join(out, name))).digest('hex'));
    }
    expect(sums).toHaveLength(4);
  });

  test('the same dist/ gives the same zip bytes (a checksum means something)', () => {
    const first = readFileSync(path.join(out, 'etykieta-2.3.4.zip'));
    const again = mkdtempSync(path.join(tmpdir(), 'etykieta-release-'));
    packageRelease({ dist, out: again, version: '2.3.4' });
    expect(readFileSync(path.join(again, 'etykieta-2.3.4.zip')).equals(first)).toBe(true);
    rmSync(again, { recursive: true, force: true });
  });

  test('a dist/ without a manifest is refused with the reason', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'etykieta-dist-'));
    expect(() => packageRelease({ dist: empty, out, version: '1.0.0' })).toThrow(/holds no manifest\.xml: build first/);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('npm run release', () => {
  test.each([
    [undefined, /^release: ADDIN_BASE_URL is not set/],
    ['http://dodatki.example.pl/', /^release: ADDIN_BASE_URL must use https:\/\//],
  ])('ADDIN_BASE_URL=%s: one line on stderr and exit 2 before anything is built', (base, line) => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    if (base) env.ADDIN_BASE_URL = base;
    const run = spawnSync('node', ['scripts/release.mjs'], { cwd: REPO, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(line);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

test('manifest.xml carries the package version (the release sets <Version> from it)', () => {
  const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
  expect(readFileSync(path.join(REPO, 'manifest.xml'), 'utf8')).toContain(`<Version>${version}.0</Version>`);
});
