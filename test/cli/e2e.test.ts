/** The built CLI through its launcher, as `npx etykieta` runs it: exit codes and streams of a real process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO, fixture } from './run-cli';

function etykieta(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'bin/etykieta.cjs'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}, 120_000);

describe('bin/etykieta.cjs', () => {
  test('check with findings exits 1 and prints the report on stdout', () => {
    const run = etykieta('check', fixture('bad-message.eml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('subject-missing');
    expect(run.stderr).toBe('');
  });

  test('a good reply exits 0; a glob over relative paths works', () => {
    const run = etykieta('check', '--json', 'test/fixtures/good-*.eml');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ path: 'test/fixtures/good-reply.eml', findings: expect.any(Array) }]);
  });

  test('a file that is not a message exits 2 with one line on stderr', () => {
    const run = etykieta('check', fixture('binary.eml'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^etykieta: .*binary\.eml: .+\n$/);
  });

  test('an unknown command exits 2 with one line', () => {
    const run = etykieta('chek');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('etykieta: nieznane polecenie „chek”; zobacz „etykieta --help”\n');
  });

  test('deadline prints the date, then the provision', () => {
    const run = etykieta('deadline', '--received', '2026-12-22', '--kind', 'kpa-1m', '--lang', 'en');
    expect(run.code).toBe(0);
    const [date, rule] = run.stdout.split('\n');
    expect(date).toBe('2027-01-22');
    expect(rule).toMatch(/KPA art\. 35 § 3/);
  });
});
