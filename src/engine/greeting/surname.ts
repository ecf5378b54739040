/**
 * The sex a Polish surname's form marks: adjectival surnames agree in gender (Kowalska/Kowalski,
 * Zawadzka/Zawadzki, Nowicka/Nowicki), and "-owa"/"-ówna" name a wife or daughter (Nowakowa).
 * Imports nothing, so scripts/data/pesel-first-names.ts reads the same rule when it decides which
 * rare first names the compact table must hold ("Mayowa" would read as a woman's surname).
 */
import type { Gender } from './first-name-table';

/** Surname endings that mark a woman or a man; short words are left out ("Laska", "Sowa" are men's surnames too). */
const FEMALE_SURNAME_ENDINGS = ['ska', 'cka', 'dzka', 'owa', 'ówna'];
const MALE_SURNAME_ENDINGS = ['ski', 'cki', 'dzki'];
const MIN_MARKED_SURNAME = 6;

function genderOfSurnamePart(part: string): Gender | undefined {
  if (part.length < MIN_MARKED_SURNAME) return undefined;
  if (FEMALE_SURNAME_ENDINGS.some((e) => part.endsWith(e))) return 'female';
  if (MALE_SURNAME_ENDINGS.some((e) => part.endsWith(e))) return 'male';
  return undefined;
}

/** Also of double surnames ("Nowak-Jeziorańska"), when their marked parts agree. */
export function genderOfSurname(last: string): Gender | undefined {
  const found = new Set(last.toLocaleLowerCase('pl').split('-').map(genderOfSurnamePart).filter((g) => g !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}
