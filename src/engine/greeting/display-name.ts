/**
 * Who a recipient is, from the display name Outlook or the citizen's client wrote: first name
 * and surname in either order ("Anna Kowalska", "Kowalska Anna", "Kowalska, Anna",
 * "KOWALSKA Anna"), with titles and decorations ("dr Anna Kowalska", "Kowalska Anna (UG Example)"),
 * or nothing but the address ("anna.kowalska@gmail.com"). Shared mailboxes ("sekretariat@",
 * "Urząd Gminy") are no person: no greeting can agree with them.
 */
import type { Address } from '../model';
import { NAME_TITLES, OFFICE_LOCAL_PARTS, OFFICE_NAME_WORDS } from '../rules/data/office-mailboxes';
import { isKnownFirstName } from './first-name';
import { trimTrailing } from '../text/trim';

export type PersonName = { first?: string; last?: string; isOffice: boolean };

/** Longer display names are no names; the cap also keeps the clean-up below linear on hostile input. */
const MAX_NAME_LENGTH = 200;

const lower = (s: string) => s.toLocaleLowerCase('pl');
const TITLES: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => t.replace(/\.$/, '')));
const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICE_NAME_WORDS);
const OFFICE_LOCALS: ReadonlySet<string> = new Set(OFFICE_LOCAL_PARTS);

/** "sekretariat2@", "biuro.podawcze@", "ug-example@": any part of the local part names a shared mailbox. */
export function isOfficeAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = lower(at < 0 ? address : address.slice(0, at)).slice(0, MAX_NAME_LENGTH);
  return local.split(/[._+-]/).some((part) => OFFICE_LOCALS.has(trimTrailing(part, '0123456789')));
}

/** Drops quotes, "(UG Example)", "[EXT]", an address, and a trailing " - Urząd Gminy" or " | Firma". */
function cleanName(name: string): string {
  return name
    .slice(0, MAX_NAME_LENGTH)
    .replace(/\([^()]*\)|\[[^[\]]*\]|<[^<>]*>/g, ' ')
    .replace(/\s(?:[-–|/])\s.*$/u, '')
    .replace(/["'„”“]/g, ' ')
    .replace(/\S+/g, (token) => (token.slice(1, -1).includes('@') ? ' ' : token)) // an address: /\S+@\S+/ backtracks
    .replace(/\s+/g, ' ')
    .trim();
}

const isTitle = (token: string) => TITLES.has(lower(token).replace(/\.$/, ''));
const isAllCaps = (token: string) => token.length > 1 && token === token.toLocaleUpperCase('pl') && token !== token.toLocaleLowerCase('pl');
/** "KOWALSKA" -> "Kowalska", "kowalska-nowak" -> "Kowalska-Nowak". */
const capitalize = (token: string) => lower(token).replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toLocaleUpperCase('pl'));

function nameTokens(text: string): string[] {
  return text.split(' ').filter((t) => t !== '' && !isTitle(t) && /\p{L}/u.test(t));
}

function fromTokens(tokens: readonly string[]): PersonName {
  if (tokens.length === 0) return { isOffice: false };
  if (tokens.length === 1) return isKnownFirstName(tokens[0]) ? { first: capitalize(tokens[0]), isOffice: false } : { last: capitalize(tokens[0]), isOffice: false };
  // "KOWALSKA Anna": the surname is the one in capitals.
  const caps = tokens.findIndex(isAllCaps);
  if (caps >= 0 && tokens.some((t) => !isAllCaps(t))) {
    const first = tokens.find((t) => !isAllCaps(t)) as string;
    return { first: capitalize(first), last: capitalize(tokens[caps]), isOffice: false };
  }
  // "Anna Maria Kowalska-Nowak" when the first token is a given name; "Kowalska-Nowak Anna Maria"
  // when a later one is and the first is not. With no known name, Outlook's "First Last".
  if (!isKnownFirstName(tokens[0])) {
    const later = tokens.findIndex((t, i) => i > 0 && isKnownFirstName(t));
    if (later > 0) return { first: capitalize(tokens[later]), last: capitalize(tokens[0]), isOffice: false };
  }
  return { first: capitalize(tokens[0]), last: capitalize(tokens[tokens.length - 1]), isOffice: false };
}

/** "anna.kowalska@", "kowalska_anna@": a person only when one part is a known first name. */
function fromAddress(address: string): PersonName {
  const at = address.lastIndexOf('@');
  const parts = (at < 0 ? '' : address.slice(0, at)).split(/[._-]/).filter((p) => /^\p{L}{2,}$/u.test(p));
  const firstAt = parts.findIndex(isKnownFirstName);
  if (parts.length !== 2 || firstAt < 0) return { isOffice: false };
  return { first: capitalize(parts[firstAt]), last: capitalize(parts[1 - firstAt]), isOffice: false };
}

export function parseDisplayName(name: string | undefined, address = ''): PersonName {
  const cleaned = cleanName(name ?? '');
  if (cleaned.split(' ').some((t) => OFFICE_WORDS.has(lower(t)))) return { isOffice: true };
  let person: PersonName;
  const comma = cleaned.indexOf(',');
  if (comma > 0) {
    // "Kowalska, Anna": Outlook's "Last, First".
    const last = nameTokens(cleaned.slice(0, comma));
    const first = nameTokens(cleaned.slice(comma + 1));
    person = { first: first[0] && capitalize(first[0]), last: last.length ? capitalize(last[last.length - 1]) : undefined, isOffice: false };
  } else {
    person = fromTokens(nameTokens(cleaned));
  }
  if (!person.first && !person.last) person = fromAddress(address);
  // A shared mailbox with a person's name on it ("Anna Kowalska <biuro@…>") is that person.
  const hasPerson = person.first !== undefined && isKnownFirstName(person.first);
  if (!hasPerson && address && isOfficeAddress(address)) return { isOffice: true };
  return person;
}

export function parseRecipient(recipient: Address): PersonName {
  const name = recipient.name && lower(recipient.name.trim()) !== lower(recipient.address.trim()) ? recipient.name : undefined;
  return parseDisplayName(name, recipient.address);
}
