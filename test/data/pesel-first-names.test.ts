/**
 * The first-name tables are what scripts/data/first-names.mjs makes of the committed register files,
 * never hand-edited: the derivation rerun on a small sample of rows agrees with the committed tables
 * name by name, and rerun on the whole files rebuilds the committed module and the committed
 * first-names.txt byte for byte (the build copies that file unchanged: test/launchevent/bundle.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPACT_FIRST_NAMES } from '../../src/engine/greeting/first-name-table';
import { compactEntries, HEADER, parseRegisterCsv, registerEntries, registerNames, renderModule, renderRegisterFile, type Sex } from '../../scripts/data/pesel-first-names';
import { FEMALE_CSV, MALE_CSV, SOURCES } from '../support/pesel-register';
import { registerFirstNames } from '../support/first-names';

const SEX: Record<Sex, string> = { f: 'female', m: 'male', x: 'either' };
const csv = (rows: string[]) => [HEADER, ...rows, ''].join('\r\n');
const DATA = join(__dirname, '../../src/engine/rules/data');

describe('scripts/data/pesel-first-names.ts', () => {
  // Real rows of the register (counts as published), one for each case the derivation tells apart.
  const female = csv([
    'ANNA,KOBIETA,1063756', // -a, female: in the compact table to be recognised (≥ 2000)
    'INES,KOBIETA,2181', // not -a, female: in the compact table for its sex (≥ 75)
    'ASTRID,KOBIETA,389',
    'NIKA,KOBIETA,1800', // borne by both sexes
    'LUCA,KOBIETA,22',
    'GRACJANA,KOBIETA,117', // -a, female, rare: only the register's table
    'LIS,KOBIETA,13', // a surname too: rare, so a rare name
    'BRAK DANYCH,KOBIETA,128', // no name
  ]);
  const male = csv([
    'PIOTR,MĘŻCZYZNA,682516',
    'NIKA,MĘŻCZYZNA,1080',
    'LUCA,MĘŻCZYZNA,1247', // -a, male: an exception to the ending rule (≥ 20)
    'ZAZA,MĘŻCZYZNA,1039',
    'YANNICK,MĘŻCZYZNA,78', // men's names need 200 bearers for the compact table
    'ALİ,MĘŻCZYZNA,1200', // Turkish capital İ: same key as ALI
    'ALI,MĘŻCZYZNA,2000',
    'BRAK DANYCH,MĘŻCZYZNA,1001',
  ]);
  const names = registerNames(parseRegisterCsv(female, 'KOBIETA'), parseRegisterCsv(male, 'MĘŻCZYZNA'));
  const compact = compactEntries(names);
  const whole = registerEntries(names);

  test('derives the expected compact entries from the sample', () => {
    expect(compact.map((e) => `${e.key} ${e.sex}${e.established ? '' : ' rare'}`)).toEqual(['ali m', 'anna f', 'astrid f', 'ines f', 'luca m', 'nika x', 'piotr m', 'zaza m']);
  });

  test("derives every name of the sample for the register's table, rare ones marked", () => {
    expect(whole.map((e) => `${e.key} ${e.sex}${e.established ? '' : ' rare'}`)).toEqual([
      'ali m',
      'anna f',
      'astrid f',
      'gracjana f',
      'ines f',
      'lis f rare',
      'luca m',
      'nika x',
      'piotr m',
      'yannick m rare',
      'zaza m',
    ]);
  });

  test('the committed tables say the same of every name in the sample', () => {
    const register = registerFirstNames();
    for (const { key, sex, established } of whole) expect([key, register.names.get(key)]).toEqual([key, { sex: SEX[sex], established }]);
    for (const { key, sex, established } of compact) expect([key, COMPACT_FIRST_NAMES.names.get(key)]).toEqual([key, { sex: SEX[sex], established }]);
    for (const left of ['gracjana', 'yannick', 'lis']) expect(COMPACT_FIRST_NAMES.names.has(left)).toBe(false);
    expect(register.names.has('brak danych')).toBe(false);
  });

  test('refuses a file that is not the register list it claims to be', () => {
    expect(() => parseRegisterCsv('IMIĘ,PŁEĆ\r\nANNA,KOBIETA\r\n', 'KOBIETA')).toThrow(/header/);
    expect(() => parseRegisterCsv(csv(['ANNA,MĘŻCZYZNA,5']), 'KOBIETA')).toThrow(/line 2/);
    expect(() => parseRegisterCsv(csv(['ANNA,KOBIETA,x']), 'KOBIETA')).toThrow(/line 2/);
  });

  test('rerun on the committed sources, it writes the committed module and first-names.txt byte for byte', () => {
    const femaleBytes = readFileSync(join(SOURCES, FEMALE_CSV));
    const maleBytes = readFileSync(join(SOURCES, MALE_CSV));
    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const all = registerNames(parseRegisterCsv(femaleBytes.toString('utf8'), 'KOBIETA'), parseRegisterCsv(maleBytes.toString('utf8'), 'MĘŻCZYZNA'));
    const source = { female: `scripts/data/sources/${FEMALE_CSV}`, male: `scripts/data/sources/${MALE_CSV}`, femaleSha256: sha256(femaleBytes), maleSha256: sha256(maleBytes) };
    expect(renderModule(compactEntries(all), source)).toBe(readFileSync(join(DATA, 'first-names.ts'), 'utf8'));
    expect(renderRegisterFile(registerEntries(all), source)).toBe(readFileSync(join(DATA, 'first-names.txt'), 'utf8'));
  });
});
