/**
 * First names: their gender, and their nominative behind a vocative ("Piotrze" -> "Piotr"),
 * so that "Szanowny Panie Piotrze" is told apart from "Szanowny Panie Kowalski".
 */
import { FIRST_NAMES, MALE_NAMES_ENDING_IN_A, type Gender } from '../rules/data/first-names';

export type { Gender } from '../rules/data/first-names';

const key = (name: string) => name.toLocaleLowerCase('pl');
const BY_NAME: ReadonlyMap<string, Gender> = new Map(FIRST_NAMES.map((n) => [key(n.name), n.gender]));
const MALE_IN_A: ReadonlySet<string> = new Set(MALE_NAMES_ENDING_IN_A.map(key));

export function isKnownFirstName(name: string): boolean {
  const k = key(name);
  return BY_NAME.has(k) || MALE_IN_A.has(k);
}

/**
 * Gender of a given name: the table first, then the exceptions, then the Polish rule that a
 * name ending in "-a" is female. Any other unknown name has no gender we can be sure of.
 */
export function genderOfFirstName(name: string): Gender | undefined {
  const k = key(name);
  const known = BY_NAME.get(k);
  if (known) return known;
  if (MALE_IN_A.has(k)) return 'male';
  if (k.length > 2 && /\p{L}a$/u.test(k)) return 'female';
  return undefined;
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

/** True when the word is a first name in the nominative or in the vocative. */
export function isFirstNameForm(word: string): boolean {
  if (isKnownFirstName(word)) return true;
  const w = key(word);
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
