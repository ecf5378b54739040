#!/usr/bin/env node
// `npm run docs:readme`: renders the README's command-line examples anew from the CLI
// (scripts/readme-examples.ts) and writes them back. Run it after a deliberate change of a rule or
// a message; test/docs/readme-examples.test.ts fails while the README shows old output.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
process.chdir(root);
// Inside the repository, so that the bundle's external packages resolve from node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/etykieta-docs-'));
try {
  const outfile = join(dir, 'readme-examples.mjs');
  await build({
    stdin: {
      contents: "export { renderReadmeExamples } from './scripts/readme-examples'; export { main } from './src/cli/main';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const { renderReadmeExamples, main } = await import(pathToFileURL(outfile).href);
  const run = async (argv) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  };
  const readme = readFileSync('README.md', 'utf8');
  const updated = await renderReadmeExamples(readme, run);
  if (updated === readme) console.log('docs-readme: README.md examples are up to date');
  else {
    writeFileSync('README.md', updated);
    console.log('docs-readme: README.md examples rewritten from the CLI');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
