/**
 * The README's command-line examples are the CLI's real output (scripts/readme-examples.ts):
 * after a change of a rule or a message, `npm run docs:readme` writes them anew.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countReadmeExamples, renderReadmeExamples } from '../../scripts/readme-examples';
import { runCli, REPO } from '../cli/run-cli';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const run = (argv: string[]) => runCli(...argv);

test('the README shows the examples of every command', () => {
  expect(countReadmeExamples(readme)).toBeGreaterThanOrEqual(6);
  for (const command of ['check', 'deadline', 'policy validate', 'manifest validate']) expect(readme).toContain(`$ npx etykieta ${command}`);
});

test('every example prints what the README says (run `npm run docs:readme` after a deliberate change)', async () => {
  const cwd = process.cwd();
  process.chdir(REPO); // the examples use paths relative to the repository
  try {
    expect(await renderReadmeExamples(readme, run)).toBe(readme);
  } finally {
    process.chdir(cwd);
  }
}, 60_000);

test('`npm run docs:readme` itself runs the CLI from the sources and finds the README up to date', () => {
  const result = spawnSync(process.execPath, ['scripts/docs-readme.mjs', '--check'], { cwd: REPO, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('docs-readme: README.md examples are up to date\n');
  expect(result.status).toBe(0);
}, 60_000);

describe('renderReadmeExamples', () => {
  const fake = (code: number, stdout: string, stderr = '') => async () => ({ code, stdout, stderr });

  test('writes the output and the exit code anew', async () => {
    const doc = '```console\n$ npx etykieta check a.eml\nold line\n$ echo $?\n0\n```';
    expect(await renderReadmeExamples(doc, fake(1, 'new line\n', 'etykieta: problem\n'))).toBe('```console\n$ npx etykieta check a.eml\nnew line\netykieta: problem\n$ echo $?\n1\n```');
  });

  test('keeps an elision with as many lines before and after it', async () => {
    const doc = '```console\n$ npx etykieta x\nfirst\n…\nlast\n```';
    expect(await renderReadmeExamples(doc, fake(2, 'a\nb\nc\nd\n'))).toBe('```console\n$ npx etykieta x\na\n…\nd\n```');
  });

  test('leaves other code blocks alone and refuses a stray console line', async () => {
    const doc = '```sh\n$ npm start\n```';
    expect(await renderReadmeExamples(doc, fake(0, ''))).toBe(doc);
    await expect(renderReadmeExamples('```console\n$ ls\n```', fake(0, ''))).rejects.toThrow(/outside an etykieta command/);
  });
});
