#!/usr/bin/env node
// Bundles the CLI into lib/etykieta.cjs (runs on `npm install` through `prepare`, so
// `npx etykieta` works straight after a clone), and beside it lib/audit-worker.cjs, the entry
// of `etykieta audit`'s worker threads (src/audit/pool.ts finds it next to the bundle), and
// lib/first-names.txt, the register's first-name table both read (src/cli/first-names.ts).
// Dependencies stay external.
import { build } from 'esbuild';
import { copyFileSync, existsSync } from 'node:fs';

if (!existsSync('src/cli/main.ts')) {
  console.log('build-cli: src/cli/main.ts not present yet, nothing to build');
  process.exit(0);
}
await build({
  entryPoints: { etykieta: 'src/cli/main.ts', ...(existsSync('src/audit/worker.ts') ? { 'audit-worker': 'src/audit/worker.ts' } : {}) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'lib',
  outExtension: { '.js': '.cjs' },
  packages: 'external',
  logLevel: 'warning',
});
copyFileSync('src/engine/rules/data/first-names.txt', 'lib/first-names.txt');
