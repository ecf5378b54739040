/**
 * The repository stands alone: a fresh clone has nothing beside it, so no source, test, script,
 * build file or document may reach into the reference folder that sat beside it while the project
 * was written. Data it needs, like the MIME corpus, lives in test/fixtures/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const ROOTS = ['src', 'test', 'scripts', 'bench', 'build', 'docs', 'examples', '.ci', 'bin'];
const TOP_FILES = ['package.json', 'webpack.config.js', 'jest.config.cjs', 'eslint.config.mjs', 'tsconfig.json', 'tsconfig.jest.json', 'README.md', 'manifest.xml'];
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|md|html|xml|sh)$|^run$/;
// Built from parts so that this file does not name what it forbids.
const SHARED = new RegExp(['\\.\\.', '[\\\\/]', 'shared'].join(''));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (TEXT.test(entry.name) && statSync(full).size < 2_000_000) out.push(full);
  }
  return out;
}

test('no file of the project refers to the reference folder beside it', () => {
  const files = [...ROOTS.flatMap((r) => filesUnder(path.join(REPO, r))), ...TOP_FILES.map((f) => path.join(REPO, f))];
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((f) => SHARED.test(readFileSync(f, 'utf8'))).map((f) => path.relative(REPO, f));
  expect(offenders).toEqual([]);
});
