#!/usr/bin/env node
// `npm run release`: the production build for ADDIN_BASE_URL, then into release/ the versioned zip
// of the hosted files, the manifest to upload, the CLI as an npm tarball and SHA256SUMS
// (build/release.cjs). The manifest's <Version> is the package version with a fourth part, unless
// ADDIN_VERSION says otherwise. Every problem is one line and exit 2.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
// The CLI tarball is packed from a staging folder whose package.json keeps what an installed CLI
// needs (bin, engines, dependencies): without the repository's scripts, installing it asks to run nothing.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'etykieta-cli-'));
for (const entry of pkg.files) cpSync(entry, join(stage, entry), { recursive: true });
const { name, description, license, bin, engines, dependencies } = pkg;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ name, version, description, license, bin, engines, dependencies }, null, 2)}\n`);
const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', resolve(out)], { cwd: stage, encoding: 'utf8', env });
rmSync(stage, { recursive: true, force: true });
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
