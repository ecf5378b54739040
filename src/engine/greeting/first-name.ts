/**
 * First names: what the PESEL register says of their bearers' sex, and their nominative behind a
 * vocative ("Piotrze" -> "Piotr"), so that "Szanowny Panie Piotrze" is told apart from
 * "Szanowny Panie Kowalski".
 *
 * The table (first-name-table.ts) says "female" or "male" only for a name that at least 95 % of its
 * bearers share, and "either" for a name borne by both sexes (Nika, Andrea, Robin), which tells
 * nothing by itself. Every lookup takes the table in force: the register's whole table where the
 * caller loaded it (the rules get it in their context), else the compact one embedded in the bundle.
 * A name the table does not hold falls back on the men's forms that the register lacks (Józek),
 * then, only when the table is the whole register, on the Polish rule that a name ending in "-a"
 * is a woman's (gender.ts).
 */
import { MALE_FORMS } from '../rules/data/first-name-forms';
import { COMPACT_FIRST_NAMES, type FirstNameTable, type Gender, type NameInfo, type NameSex } from './first-name-table';

export type { FirstNameTable, Gender, NameInfo, NameSex } from './first-name-table';

/** The lookup key: Polish lower case, NFC, without the combining dot that a Turkish "İ" leaves. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('pl').replace(/\u0307/g, '');
}

const MALE: ReadonlySet<string> = new Set(MALE_FORMS.map(nameKey));
/** A listed men's form: a name people sign with, as established as the names it shortens. */
const MALE_FORM: NameInfo = { sex: 'male', established: true };

/** The table's entry for a name, or for the first part of a double name it does not hold ("Anna-Maria"). */
function registered(key: string, names: FirstNameTable): NameInfo | undefined {
  const found = names.names.get(key);
  if (found || !key.includes('-')) return found;
  return names.names.get(key.slice(0, key.indexOf('-')));
}

/** What is known of a first name: the table's entry, else a listed men's form; undefined when unknown. */
export function firstNameInfo(name: string, names: FirstNameTable = COMPACT_FIRST_NAMES): NameInfo | undefined {
  const k = nameKey(name);
  return registered(k, names) ?? (MALE.has(k) ? MALE_FORM : undefined);
}

/** What the register says of a name's bearers; undefined when unknown. */
export function firstNameSex(name: string, names: FirstNameTable = COMPACT_FIRST_NAMES): NameSex | undefined {
  return firstNameInfo(name, names)?.sex;
}

export function isKnownFirstName(name: string, names: FirstNameTable = COMPACT_FIRST_NAMES): boolean {
  return firstNameInfo(name, names) !== undefined;
}

/** The fallback for a name nobody lists: a name ending in "-a" is a woman's ("Gracjana", "Madzia"). */
export function genderByEnding(name: string): Gender | undefined {
  const k = nameKey(name);
  return k.length > 2 && /\p{L}a$/u.test(k) ? 'female' : undefined;
}

/**
 * Sex of a given name on its own: the table, the men's forms, then (with the whole register only)
 * the ending; undefined for "either" and for unknown names the ending does not settle.
 */
export function genderOfFirstName(name: string, names: FirstNameTable = COMPACT_FIRST_NAMES): Gender | undefined {
  const sex = firstNameSex(name, names);
  if (sex === 'either') return undefined;
  return sex ?? (names.scope === 'whole' ? genderByEnding(name) : undefined);
}

/**
 * Vocative endings of first names and what the nominative ends with instead: Anno -> Anna,
 * Olu -> Ola, Piotrze -> Piotr, Robercie -> Robert, Dawidzie -> Dawid, Michale -> Michał,
 * Janie -> Jan, Tomaszu -> Tomasz, Marku -> Marek, Pawle -> Paweł.
 */
const VOCATIVE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['dzie', ['d']],
  ['cie', ['t']],
  ['rze', ['r', 'er']],
  ['le', ['ł', 'eł']],
  ['ie', ['']],
  ['o', ['a']],
  ['u', ['', 'a', 'ek']],
];

/**
 * True when the word is a first name in the nominative or in the vocative. Read against the
 * compact table, whatever table the check has: a word after "Panie" is a first name when it is one
 * of the names people commonly bear, and a surname that a few people bear as a first name
 * ("Szanowny Panie Lis") is still a surname.
 */
export function isFirstNameForm(word: string): boolean {
  if (isKnownFirstName(word)) return true;
  const w = nameKey(word);
  for (const [ending, nominatives] of VOCATIVE_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    for (const n of nominatives) {
      // "ek" puts back the vowel the vocative drops before the last consonant: Mark-u -> Marek.
      const candidate = n === 'ek' ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : stem + n;
      if (isKnownFirstName(candidate)) return true;
    }
  }
  return false;
}
