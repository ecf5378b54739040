#!/usr/bin/env node
// `npm run docs:readme`: renders the README's command-line examples anew from the CLI
// (scripts/readme-examples.ts) and writes them back. Run it after a deliberate change of a rule or
// a message; test/docs/readme-examples.test.ts fails while the README shows old output.
// `--check` writes nothing and exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs, root } from './support/import-ts.mjs';

process.chdir(root);
const { renderReadmeExamples, main } = await importTs("export { renderReadmeExamples } from './scripts/readme-examples'; export { main } from './src/cli/main';", { externalPackages: true, dirname: 'src/cli' });
const run = async (argv) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
};
const readme = readFileSync('README.md', 'utf8');
const updated = await renderReadmeExamples(readme, run);
if (updated === readme) console.log('docs-readme: README.md examples are up to date');
else if (process.argv.includes('--check')) {
  console.error('docs-readme: README.md examples are out of date; run `npm run docs:readme`');
  process.exitCode = 1;
} else {
  writeFileSync('README.md', updated);
  console.log('docs-readme: README.md examples rewritten from the CLI');
}
