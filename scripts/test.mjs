#!/usr/bin/env node
// `npm test`: build what the browser and CLI tests run against, then every jest project, and
// end with the line CI reads: "N passed, N failed". A failed build is reported the same way,
// so CI never sees a silent pass.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { summaryLine } = createRequire(import.meta.url)('./summary-reporter.cjs');
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', shell: false, env }).status ?? 1;

const steps = [['node', ['scripts/build-cli.mjs']]];
if (existsSync('webpack.config.js')) steps.push(['npx', ['webpack', '--mode', 'production', '--env', 'local']]);
for (const [cmd, args] of steps) {
  if (run(cmd, args) !== 0) {
    console.error(`build step failed: ${cmd} ${args.join(' ')}`);
    console.log(`\n${summaryLine({ passed: 0, failed: 1 })}`);
    process.exit(1);
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'etykieta-test-'));
const summaryFile = path.join(dir, 'summary.json');
const status = run('npx', ['jest', '--ci', ...process.argv.slice(2)], { ...process.env, ETYKIETA_SUMMARY_FILE: summaryFile });
const counts = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };
rmSync(dir, { recursive: true, force: true });
// jest exits non-zero on a failure it could not count (e.g. a config error): never report that green.
if (status !== 0 && counts.failed === 0) counts.failed = 1;
console.log(`\n${summaryLine(counts)}`);
process.exit(status);
