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
 * The addressees are the To recipients; a message with nobody in To (a mailing sent in Bcc)
 * addresses its Cc and Bcc recipients. Shared mailboxes are no people. The compose type does not
 * change the choice: a reply greets the same person a new message would.
 */
import type { Address, MailMessage } from '../model';
import type { Gender } from './first-name';
import { parseRecipient, type PersonName } from './display-name';
import { personGender } from './gender';

export type GreetingLang = 'pl' | 'en';

/** `guessed`: the gender comes from the "-a" ending alone, which no fix writes a greeting from. */
export type Addressee = { recipient: Address; person: PersonName; gender?: Gender; guessed?: boolean };

/** The people the greeting speaks to (shared mailboxes left out). */
export function addressees(recipients: readonly Address[]): Addressee[] {
  return recipients
    .map((recipient) => ({ recipient, person: parseRecipient(recipient) }))
    .filter((a) => !a.person.isOffice)
    .map((a) => {
      const found = personGender(a.person);
      return { ...a, gender: found?.gender, guessed: found?.from === 'ending' };
    });
}

function greeted(message: MailMessage): Addressee[] {
  return addressees(message.to.length > 0 ? message.to : [...message.cc, ...message.bcc]);
}

/** The Polish formal singular for a gender: what a gender or surname fix writes. */
export function formalSingular(gender: Gender): string {
  return gender === 'female' ? 'Szanowna Pani' : 'Szanowny Panie';
}

export const FORMAL_PLURAL = 'Szanowni Państwo';

/** The agreeing greeting without punctuation: what replaces a greeting in place. */
export function suggestGreetingPhrase(message: MailMessage, lang: GreetingLang): string {
  const people = greeted(message);
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
export function suggestGreeting(message: MailMessage, lang: GreetingLang): string {
  return `${suggestGreetingPhrase(message, lang)},`;
}
