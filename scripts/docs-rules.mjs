#!/usr/bin/env node
// Writes the rule list into README.md between <!-- rules:start --> and <!-- rules:end -->,
// from the rules' own meta (src/engine/docs/rules-table.ts). The engine is TypeScript, so it is
// bundled with esbuild first, the same way scripts/build-cli.mjs bundles the CLI.
// `--check` changes nothing and exits 1 when the README is out of date (for CI).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const check = process.argv.includes('--check');

const dir = mkdtempSync(join(tmpdir(), 'etykieta-docs-'));
try {
  const outfile = join(dir, 'rules-docs.mjs');
  await build({
    stdin: {
      contents: "export { rulesMarkdown, withRulesSection } from './src/engine/docs/rules-table'; export { allRules } from './src/engine/rules';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { rulesMarkdown, withRulesSection, allRules } = await import(pathToFileURL(outfile).href);
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = withRulesSection(readme, rulesMarkdown(allRules));
  if (check) {
    if (updated !== readme) {
      console.error('docs-rules: README.md rule list is out of date; run `npm run docs:rules`');
      process.exitCode = 1;
    }
  } else if (updated !== readme) {
    writeFileSync(readmePath, updated);
    console.log(`docs-rules: README.md lists ${allRules.length} rules`);
  } else {
    console.log('docs-rules: README.md is up to date');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
