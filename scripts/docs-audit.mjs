#!/usr/bin/env node
// `npm run docs:audit`: the sample audit report in docs/audit-sample/ (made by the built CLI from
// the audit fixtures, with the example policy) and its screenshot docs/audit-report.png, taken in
// Debian's Chromium through playwright-core (CHROMIUM_PATH to use another build).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
process.chdir(root);
const out = 'docs/audit-sample';
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
};
run(['scripts/build-cli.mjs']);
rmSync(out, { recursive: true, force: true });
run(['bin/etykieta.cjs', 'audit', '--no-cache', '--out', out, '--policy', 'examples/policy.gmina.json', 'test/fixtures/audit/folder', 'test/fixtures/audit/letter.msg']);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(resolve(out, 'report.html')).href);
  await page.screenshot({ path: 'docs/audit-report.png', fullPage: false });
} finally {
  await browser.close();
}
console.log(`docs-audit: ${out}/report.html and docs/audit-report.png written`);
