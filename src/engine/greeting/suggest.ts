/**
 * The greeting that agrees with the addressee (002 line 121: "odpowiednim do sytuacji i osoby
 * adresata"), used by every greeting fix.
 *
 * Polish: one person of known gender -> "Szanowna Pani" / "Szanowny Panie" (no surname, as
 * Polish etiquette wants); two or more people -> "Szanowni Państwo"; an unknown person or a
 * shared mailbox -> "Dzień dobry", which is acceptable to anyone.
 * English: one person with a surname -> "Dear Ms Kowalska" / "Dear Mr Kowalski" (English
 * etiquette does name the surname), or "Dear Anna Kowalska" when the gender is unknown;
 * two or more people -> "Dear All"; otherwise "Dear Sir or Madam".
 *
 * The addressees are everyone who receives the letter as its reader: the To recipients and the
 * external Bcc recipients (after the Bcc fix a mailing sits in Bcc with the sender's own address
 * in To, and every citizen still reads "Szanowni Państwo"). Not the sender's own address, not a
 * colleague copied in Bcc for the record, not shared mailboxes; Cc only when nobody else is
 * left. The compose type does not change the choice: a reply greets the same person a new
 * message would. Every function takes the first-name table in force (the rules pass their
 * context's); without one, the compact table.
 */
import type { Address, MailMessage } from '../model';
import { internalDomainsOf, isInDomains } from '../recipients';
import { normalizeAddress } from '../parse/addresses';
import type { FirstNameTable, Gender } from './first-name';
import { COMPACT_FIRST_NAMES } from './first-name-table';
import { parseRecipient, type PersonName } from './display-name';
import { personGender } from './gender';

export type GreetingLang = 'pl' | 'en';

/**
 * `gender` is looked up only when the greeting speaks to one person, the one case where the form
 * depends on it (several people read "Szanowni Państwo" whoever they are): a mailing to 500
 * citizens does not look up 500 names. `guessed`: the gender comes from the "-a" ending alone,
 * which no fix writes a greeting from.
 */
export type Addressee = { recipient: Address; person: PersonName; gender?: Gender; guessed?: boolean };

/** The people the greeting speaks to (shared mailboxes left out). */
export function addressees(recipients: readonly Address[], names: FirstNameTable = COMPACT_FIRST_NAMES): Addressee[] {
  const people: Addressee[] = recipients.map((recipient) => ({ recipient, person: parseRecipient(recipient, names) })).filter((a) => !a.person.isOffice);
  if (people.length === 1) {
    const found = personGender(people[0].person, names);
    people[0] = { ...people[0], gender: found?.gender, guessed: found?.from === 'ending' };
  }
  return people;
}

/** True for an address outside the office; the rules pass the policy's view (RuleContext.isExternal). */
export type IsExternal = (address: string) => boolean;

/** Everyone the greeting speaks to (see the header), each address once. */
export function greetedPeople(message: MailMessage, isExternal?: IsExternal, names: FirstNameTable = COMPACT_FIRST_NAMES): Addressee[] {
  const external = isExternal ?? ((address: string) => !isInDomains(address, internalDomainsOf(message, [])));
  const own = message.from ? normalizeAddress(message.from.address) : undefined;
  const seen = new Set<string>();
  const once = (list: readonly Address[]) =>
    list.filter((a) => {
      const key = normalizeAddress(a.address);
      if (key === own || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const readers = addressees(once([...message.to, ...message.bcc.filter((a) => external(a.address))]), names);
  return readers.length > 0 ? readers : addressees(once(message.cc), names);
}

/** The Polish formal singular for a gender: what a gender or surname fix writes. */
export function formalSingular(gender: Gender): string {
  return gender === 'female' ? 'Szanowna Pani' : 'Szanowny Panie';
}

export const FORMAL_PLURAL = 'Szanowni Państwo';

/** The agreeing greeting without punctuation: what replaces a greeting in place. */
export function suggestGreetingPhrase(message: MailMessage, lang: GreetingLang, isExternal?: IsExternal, names: FirstNameTable = COMPACT_FIRST_NAMES): string {
  const people = greetedPeople(message, isExternal, names);
  if (lang === 'en') {
    if (people.length > 1) return 'Dear All';
    const p = people[0];
    if (p?.person.last && p.gender && !p.guessed) return `Dear ${p.gender === 'female' ? 'Ms' : 'Mr'} ${p.person.last}`;
    if (p?.person.first && p.person.last) return `Dear ${p.person.first} ${p.person.last}`;
    return 'Dear Sir or Madam';
  }
  if (people.length > 1) return FORMAL_PLURAL;
  if (people.length === 1 && people[0].gender && !people[0].guessed) return formalSingular(people[0].gender);
  return 'Dzień dobry';
}

/** The agreeing greeting as a line of its own: what insertGreeting writes. */
export function suggestGreeting(message: MailMessage, lang: GreetingLang, isExternal?: IsExternal, names: FirstNameTable = COMPACT_FIRST_NAMES): string {
  return `${suggestGreetingPhrase(message, lang, isExternal, names)},`;
}
