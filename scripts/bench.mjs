#!/usr/bin/env node
// `npm run bench`: bundles bench/run.ts with esbuild (the way build-cli.mjs bundles the CLI)
// and runs it in a fresh node. Its exit code is the bench's: non-zero when a budget is broken.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// The audit's part runs the worker threads from lib/audit-worker.cjs: build it from these sources first.
if (spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(2);
const outfile = 'bench-results/bench.cjs';
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  packages: 'external',
  logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(status ?? 1);
