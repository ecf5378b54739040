/**
 * The PESEL register's first names as committed in scripts/data/sources/ (read once per test
 * file), through the same parser that derives the engine's table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegisterCsv, registerNames, type RegisterName } from '../../scripts/data/pesel-first-names';

export const SOURCES = join(__dirname, '../../scripts/data/sources');
export const FEMALE_CSV = 'pesel-imiona-zenskie-imie-pierwsze.csv';
export const MALE_CSV = 'pesel-imiona-meskie-imie-pierwsze.csv';

let cached: RegisterName[] | undefined;

export function readRegister(): RegisterName[] {
  cached ??= registerNames(
    parseRegisterCsv(readFileSync(join(SOURCES, FEMALE_CSV), 'utf8'), 'KOBIETA'),
    parseRegisterCsv(readFileSync(join(SOURCES, MALE_CSV), 'utf8'), 'MĘŻCZYZNA'),
  );
  return cached;
}
