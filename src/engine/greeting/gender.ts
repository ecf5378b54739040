/**
 * The grammatical gender a greeting must agree with. Only a reasonably sure answer counts:
 * undefined leaves the greeting alone (a wrong "you are a woman" is worse than none).
 *
 * The first name decides when the register says its bearers are women or men (≥ 95 %). A name
 * borne by both sexes (Nika) or unknown leaves it to the surname, where Polish grammar marks the
 * sex (Kowalska/Kowalski, Nowakowa); a name the register holds as "either" stops there, and only
 * an unknown one falls back on the "-a" ending. That last answer is a guess, so it is marked: a fix
 * never writes a gendered greeting from it. It is asked only of the register's whole table: the
 * compact one lacks rare men's names in -a (Jakaria, Bijendra) that the register holds, so with it a
 * name it does not know says nothing, and a missing register file only lowers recall.
 */
import type { Address } from '../model';
import { firstNameSex, genderByEnding, type FirstNameTable, type Gender } from './first-name';
import { COMPACT_FIRST_NAMES } from './first-name-table';
import { parseRecipient, type PersonName } from './display-name';
import { genderOfSurname } from './surname';

export { genderOfSurname } from './surname';

/** Where a person's gender was read: the first name (register or men's forms), the surname's form, or only the "-a" ending. */
export type GenderSource = 'name' | 'surname' | 'ending';

export type PersonGender = { gender: Gender; from: GenderSource };

/** An ambiguous name ("Marek Anna": which word is the surname?) says nothing, neither by the first name nor by the surname. */
export function personGender(person: PersonName, names: FirstNameTable = COMPACT_FIRST_NAMES): PersonGender | undefined {
  if (person.isOffice || person.ambiguous) return undefined;
  const said = person.first ? firstNameSex(person.first, names) : undefined;
  if (said === 'female' || said === 'male') return { gender: said, from: 'name' };
  const bySurname = person.last ? genderOfSurname(person.last) : undefined;
  if (bySurname) return { gender: bySurname, from: 'surname' };
  const byEnding = said === undefined && names.scope === 'whole' && person.first ? genderByEnding(person.first) : undefined;
  return byEnding && { gender: byEnding, from: 'ending' };
}

export function genderOfPerson(person: PersonName, names: FirstNameTable = COMPACT_FIRST_NAMES): Gender | undefined {
  return personGender(person, names)?.gender;
}

export function genderOf(recipient: Address, names: FirstNameTable = COMPACT_FIRST_NAMES): Gender | undefined {
  return genderOfPerson(parseRecipient(recipient, names), names);
}
