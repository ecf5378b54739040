/**
 * The first-name table is what scripts/data/first-names.mjs makes of the committed register files,
 * never hand-edited: the derivation rerun on a small sample of rows agrees with the committed
 * table name by name, and rerun on the whole files rebuilds the committed module byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFirstNames } from '../../src/engine/greeting/first-name';
import { PESEL_FIRST_NAMES } from '../../src/engine/rules/data/first-names';
import { HEADER, parseRegisterCsv, registerNames, renderModule, tableEntries, type Sex } from '../../scripts/data/pesel-first-names';
import { FEMALE_CSV, MALE_CSV, SOURCES } from '../support/pesel-register';

const committed = decodeFirstNames(PESEL_FIRST_NAMES);
const SEX: Record<Sex, string> = { f: 'female', m: 'male', x: 'either' };
const csv = (rows: string[]) => [HEADER, ...rows, ''].join('\r\n');

describe('scripts/data/pesel-first-names.ts', () => {
  // Real rows of the register (counts as published), one for each case the derivation tells apart.
  const female = csv([
    'ANNA,KOBIETA,1063756', // -a, female: listed to be recognised (≥ 2000)
    'INES,KOBIETA,2181', // not -a, female: listed for its sex (≥ 75)
    'ASTRID,KOBIETA,389',
    'NIKA,KOBIETA,1800', // borne by both sexes
    'LUCA,KOBIETA,22',
    'GRACJANA,KOBIETA,117', // -a, female, rare: the ending says it, no entry
    'BRAK DANYCH,KOBIETA,128', // no name
  ]);
  const male = csv([
    'PIOTR,MĘŻCZYZNA,682516',
    'NIKA,MĘŻCZYZNA,1080',
    'LUCA,MĘŻCZYZNA,1247', // -a, male: an exception to the ending rule (≥ 20)
    'ZAZA,MĘŻCZYZNA,1039',
    'YANNICK,MĘŻCZYZNA,78', // men's names need 200 bearers
    'ALİ,MĘŻCZYZNA,1200', // Turkish capital İ: same key as ALI
    'ALI,MĘŻCZYZNA,2000',
    'BRAK DANYCH,MĘŻCZYZNA,1001',
  ]);
  const sample = tableEntries(registerNames(parseRegisterCsv(female, 'KOBIETA'), parseRegisterCsv(male, 'MĘŻCZYZNA')));

  test('derives the expected entries from the sample', () => {
    expect(sample).toEqual([
      { key: 'ali', sex: 'm' },
      { key: 'anna', sex: 'f' },
      { key: 'astrid', sex: 'f' },
      { key: 'ines', sex: 'f' },
      { key: 'luca', sex: 'm' },
      { key: 'nika', sex: 'x' },
      { key: 'piotr', sex: 'm' },
      { key: 'zaza', sex: 'm' },
    ]);
  });

  test('the committed table says the same of every name in the sample', () => {
    for (const { key, sex } of sample) expect([key, committed.get(key)]).toEqual([key, SEX[sex]]);
    for (const left of ['gracjana', 'yannick', 'brak danych', 'brak']) expect(committed.has(left)).toBe(false);
  });

  test('refuses a file that is not the register list it claims to be', () => {
    expect(() => parseRegisterCsv('IMIĘ,PŁEĆ\r\nANNA,KOBIETA\r\n', 'KOBIETA')).toThrow(/header/);
    expect(() => parseRegisterCsv(csv(['ANNA,MĘŻCZYZNA,5']), 'KOBIETA')).toThrow(/line 2/);
    expect(() => parseRegisterCsv(csv(['ANNA,KOBIETA,x']), 'KOBIETA')).toThrow(/line 2/);
  });

  test('rerun on the committed sources, it writes the committed module byte for byte', () => {
    const femaleBytes = readFileSync(join(SOURCES, FEMALE_CSV));
    const maleBytes = readFileSync(join(SOURCES, MALE_CSV));
    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const names = registerNames(parseRegisterCsv(femaleBytes.toString('utf8'), 'KOBIETA'), parseRegisterCsv(maleBytes.toString('utf8'), 'MĘŻCZYZNA'));
    const module = renderModule(tableEntries(names), {
      female: `scripts/data/sources/${FEMALE_CSV}`,
      male: `scripts/data/sources/${MALE_CSV}`,
      femaleSha256: sha256(femaleBytes),
      maleSha256: sha256(maleBytes),
    });
    expect(module).toBe(readFileSync(join(__dirname, '../../src/engine/rules/data/first-names.ts'), 'utf8'));
  });
});
