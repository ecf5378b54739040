import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, REPO } from './run-cli';
import { commands } from '../../src/cli/commands';

describe('etykieta: dispatch and help', () => {
  test.each([['pl', /Użycie: etykieta <polecenie>/], ['en', /Usage: etykieta <command>/]])('--help in %s lists every command', async (lang, usage) => {
    const run = await runCli('--help', '--lang', lang);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(usage);
    for (const name of Object.keys(commands)) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  test.each(['check', 'policy', 'deadline'])('%s --help in both languages', async (name) => {
    const pl = await runCli(name, '--help');
    const en = await runCli(name, '--help', '--lang=en');
    expect(pl.code).toBe(0);
    expect(en.code).toBe(0);
    expect(pl.stdout).toMatch(/^Użycie/);
    expect(en.stdout).toMatch(/^Usage/);
  });

  test.each([
    [[], /nie podano polecenia/],
    [['sprawdz'], /nieznane polecenie „sprawdz”/],
    [['--verbose'], /nieznana opcja „--verbose”/],
    [['check', '--lang', 'de'], /--lang "de"/],
    [['check', '--json=yes', 'a.eml'], /nie przyjmuje wartości/],
  ])('%j: exit 2 with one line on stderr, nothing on stdout', async (argv, reason) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^etykieta: [^\n]+\n$/);
    expect(run.stderr).toMatch(reason);
  });

  test.each(['--version', '-V'])('%s prints the package version on one line', async (flag) => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(flag);
    expect(run).toEqual({ code: 0, stdout: `etykieta ${version}\n`, stderr: '' });
  });

  test('an unknown option in English', async () => {
    const run = await runCli('check', '--lang', 'en', '--fix', 'a.eml');
    expect(run.stderr).toBe('etykieta: unknown option "--fix"; see "etykieta --help"\n');
  });
});
