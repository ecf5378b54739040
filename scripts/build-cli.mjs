#!/usr/bin/env node
// Bundles the CLI into lib/etykieta.cjs (runs on `npm install` through `prepare`, so
// `npx etykieta` works straight after a clone). Dependencies stay external.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('src/cli/main.ts')) {
  console.log('build-cli: src/cli/main.ts not present yet, nothing to build');
  process.exit(0);
}
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'lib/etykieta.cjs',
  packages: 'external',
  logLevel: 'warning',
});
