/**
 * The grammatical gender a greeting must agree with. Only a reasonably sure answer counts:
 * undefined leaves the greeting alone (a wrong "you are a woman" is worse than none).
 *
 * The first name decides when the register says its bearers are women or men (≥ 95 %). A name
 * borne by both sexes (Nika) or unknown leaves it to the surname, where Polish grammar marks the
 * sex (Kowalska/Kowalski, Nowakowa); a name the register holds as "either" stops there, and only
 * an unknown one falls back on the "-a" ending. That last answer is a guess (the register holds
 * rare men's names in -a that the table is cut before: Jakaria, Bijendra), so it is marked: a fix
 * never writes a gendered greeting from it.
 */
import type { Address } from '../model';
import { firstNameSex, genderByEnding, type Gender } from './first-name';
import { parseRecipient, type PersonName } from './display-name';

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

/** Adjectival surnames agree in gender: Kowalska/Kowalski, Zawadzka/Zawadzki, Nowicka/Nowicki; also "Nowak-Jeziorańska". */
export function genderOfSurname(last: string): Gender | undefined {
  const found = new Set(last.toLocaleLowerCase('pl').split('-').map(genderOfSurnamePart).filter((g) => g !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/** Where a person's gender was read: the first name (register or men's forms), the surname's form, or only the "-a" ending. */
export type GenderSource = 'name' | 'surname' | 'ending';

export type PersonGender = { gender: Gender; from: GenderSource };

export function personGender(person: PersonName): PersonGender | undefined {
  if (person.isOffice) return undefined;
  const said = person.first ? firstNameSex(person.first) : undefined;
  if (said === 'female' || said === 'male') return { gender: said, from: 'name' };
  const bySurname = person.last ? genderOfSurname(person.last) : undefined;
  if (bySurname) return { gender: bySurname, from: 'surname' };
  const byEnding = said === undefined && person.first ? genderByEnding(person.first) : undefined;
  return byEnding && { gender: byEnding, from: 'ending' };
}

export function genderOfPerson(person: PersonName): Gender | undefined {
  return personGender(person)?.gender;
}

export function genderOf(recipient: Address): Gender | undefined {
  return genderOfPerson(parseRecipient(recipient));
}
