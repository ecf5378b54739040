/**
 * The grammatical gender a greeting must agree with. Only a reasonably sure answer counts:
 * undefined leaves the greeting alone (a wrong "you are a woman" is worse than none).
 */
import type { Address } from '../model';
import { genderOfFirstName, isKnownFirstName, type Gender } from './first-name';
import { parseRecipient, type PersonName } from './display-name';

/** Adjectival surnames agree in gender: Kowalska/Kowalski, Zawadzka/Zawadzki, Nowicka/Nowicki. */
function genderOfSurname(last: string): Gender | undefined {
  const l = last.toLocaleLowerCase('pl').split('-').pop() as string;
  if (/(?:sk|ck|dzk)a$/u.test(l)) return 'female';
  if (/(?:sk|ck|dzk)i$/u.test(l)) return 'male';
  return undefined;
}

export function genderOfPerson(person: PersonName): Gender | undefined {
  if (person.isOffice) return undefined;
  if (person.first && isKnownFirstName(person.first)) return genderOfFirstName(person.first);
  const bySurname = person.last ? genderOfSurname(person.last) : undefined;
  if (bySurname) return bySurname;
  return person.first ? genderOfFirstName(person.first) : undefined;
}

export function genderOf(recipient: Address): Gender | undefined {
  return genderOfPerson(parseRecipient(recipient));
}
