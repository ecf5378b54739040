#!/usr/bin/env node
// `npm run release`: the production build for ADDIN_BASE_URL, then into release/ the versioned zip
// of the hosted files, the manifest to upload, the CLI as an npm tarball and SHA256SUMS
// (build/release.cjs). The manifest's <Version> is the package version with a fourth part, unless
// ADDIN_VERSION says otherwise. Every problem is one line and exit 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { packageRelease } = require('../build/release.cjs');
const { addinBaseUrl } = require('../build/addin-url.cjs');

function fail(line) {
  process.stderr.write(`release: ${line}\n`);
  process.exit(2);
}

try {
  addinBaseUrl({}, { mode: 'production' });
} catch (e) {
  fail(e.message);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const env = { ...process.env, ADDIN_VERSION: process.env.ADDIN_VERSION || `${version}.0` };
const out = 'release';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status;
if (run('npm', ['run', '--silent', 'build']) !== 0) fail('the production build failed (see above); nothing was released');
const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', out], { encoding: 'utf8', env });
if (pack.status !== 0) fail(`npm pack failed: ${(pack.stderr || '').trim().split('\n').pop()}`);
const tarball = pack.stdout.trim().split('\n').pop();

try {
  const { sums } = packageRelease({ dist: 'dist', out, version, extra: [tarball] });
  console.log(`Etykieta ${version} (manifest ${env.ADDIN_VERSION}) for ${process.env.ADDIN_BASE_URL}:`);
  for (const { name, sha256 } of sums) console.log(`  ${out}/${name}  sha256 ${sha256}`);
  console.log(`Check a download with: cd ${out} && sha256sum -c SHA256SUMS`);
} catch (e) {
  fail(e.message);
}
