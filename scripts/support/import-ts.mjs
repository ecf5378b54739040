// Imports TypeScript of this repository from a plain Node script: esbuild bundles `contents`
// (an ES module that re-exports what the script needs) into a temporary folder inside
// node_modules/.cache, so that packages left external resolve from node_modules, then the bundle
// is imported; the folder goes when the script exits (a lazy import() of the bundle still finds
// its file until then). The docs and data scripts share it.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/**
 * `contents` is resolved from the repository's root: `export { x } from './src/…'`. `dirname`: the
 * folder the code's `__dirname` names (an ES module has none), so that code which reads files
 * beside itself (the CLI's first-name table) finds them as when run from the sources.
 */
export async function importTs(contents, { externalPackages = false, dirname } = {}) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/etykieta-script-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  {
    const outfile = join(dir, 'module.mjs');
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      ...(externalPackages ? { packages: 'external' } : {}),
      ...(dirname ? { define: { __dirname: JSON.stringify(join(root, dirname)) } } : {}),
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  }
}
