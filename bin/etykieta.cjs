#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI itself is bundled from src/cli by `npm install` (prepare) or `npm run build:cli`.
let cli;
try {
  cli = require('../lib/etykieta.cjs');
} catch {
  process.stderr.write('etykieta: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`etykieta: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; },
);
