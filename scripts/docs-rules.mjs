#!/usr/bin/env node
// Writes the rule list into README.md between <!-- rules:start --> and <!-- rules:end -->,
// from the rules' own meta (src/engine/docs/rules-table.ts). The engine is TypeScript, so it is
// bundled with esbuild first (scripts/support/import-ts.mjs).
// `--check` changes nothing and exits 1 when the README is out of date (for CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './support/import-ts.mjs';

const check = process.argv.includes('--check');
const { rulesMarkdown, withRulesSection, allRules } = await importTs("export { rulesMarkdown, withRulesSection } from './src/engine/docs/rules-table'; export { allRules } from './src/engine/rules';");
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
