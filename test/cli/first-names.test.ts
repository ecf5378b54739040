/**
 * The command line reads the register's first-name table from its package, never from the network
 * (src/cli/first-names.ts): lib/first-names.txt beside the bundle, else the repository's copy; a
 * missing or broken file leaves the compact table. The built CLI (bin/etykieta.cjs -> lib/) finds a
 * name only the register's table knows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPACT_FIRST_NAMES } from '../../src/engine/greeting/first-name-table';
import { firstNamesCandidates, packagedFirstNames, readFirstNames } from '../../src/cli/first-names';
import { REPO } from './run-cli';

const COMMITTED = path.join(REPO, 'src/engine/rules/data/first-names.txt');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'etykieta-names-'));

describe('readFirstNames', () => {
  test('the first file that exists is read: the whole register', () => {
    const dir = tmp();
    const table = readFirstNames([path.join(dir, 'missing.txt'), COMMITTED]);
    expect(table.scope).toBe('whole');
    expect(table.names.get('yannick')?.sex).toBe('male');
  });

  test('no file: the compact table', () => {
    expect(readFirstNames([path.join(tmp(), 'first-names.txt')])).toBe(COMPACT_FIRST_NAMES);
  });

  test('a broken file: the compact table, not a later candidate', () => {
    const broken = path.join(tmp(), 'first-names.txt');
    writeFileSync(broken, 'etykieta-first-names 1\nregister 2026-01-20 whole\nsection established 5\n0anna\n');
    expect(readFirstNames([broken, COMMITTED])).toBe(COMPACT_FIRST_NAMES);
  });

  test('candidates: beside the bundle (lib/), then the repository copy seen from src/cli and from lib/', () => {
    const lib = path.join(REPO, 'lib');
    expect(firstNamesCandidates(lib)[0]).toBe(path.join(lib, 'first-names.txt'));
    expect(firstNamesCandidates(path.join(REPO, 'src/cli'))).toContain(COMMITTED);
    expect(firstNamesCandidates(lib)).toContain(COMMITTED);
  });

  test('run from the sources, the package table is the committed one, read once', () => {
    expect(packagedFirstNames().scope).toBe('whole');
    expect(packagedFirstNames()).toBe(packagedFirstNames());
  });
});

describe('the built command line', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
  }, 120_000);

  test('lib/ carries first-names.txt, byte for byte the committed table', () => {
    expect(readFileSync(path.join(REPO, 'lib/first-names.txt')).equals(readFileSync(COMMITTED))).toBe(true);
  });

  test('check knows a name of the register the compact table lacks ("Yannick", 78 men)', () => {
    const dir = tmp();
    const eml = path.join(dir, 'yannick.eml');
    const body = 'Szanowna Pani,\r\nw odpowiedzi na wniosek informuję, że zaświadczenie jest do odbioru w pokoju 12.\r\n\r\nZ poważaniem\r\nEwa Mazur\r\n';
    writeFileSync(
      eml,
      `From: Ewa Mazur <e.mazur@ug.example.pl>\r\nTo: Yannick Nowak <adresat@o2.pl>\r\nSubject: =?UTF-8?Q?Za=C5=9Bwiadczenie?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`,
    );
    const run = spawnSync(process.execPath, [path.join(REPO, 'bin/etykieta.cjs'), 'check', '--json', eml], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const findings: Array<{ ruleId: string; fix?: { to?: string } }> = JSON.parse(run.stdout)[0].findings;
    expect(findings.filter((f) => f.ruleId === 'greeting-mismatch').map((f) => f.fix?.to)).toEqual(['Szanowny Panie']);
  });
});
