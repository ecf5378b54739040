/**
 * Subjects that say nothing about the matter (002 line 124: "tytuł e-mail powinien być krótki,
 * ale rzeczowy, naprowadzający odbiorcę na treść"), and the reply/forward prefixes that mail
 * clients put in front of a subject. Compared whole, case-insensitively, after the prefixes and
 * trailing punctuation are stripped.
 */
import { isSpaceCode, trailingRunStart, trimTrailing } from '../../text/trim';

export type GenericSubject = { text: string; lang: 'pl' | 'en' };

export const GENERIC_SUBJECTS: readonly GenericSubject[] = [
  { text: 'Pytanie', lang: 'pl' },
  { text: 'Pytania', lang: 'pl' },
  { text: 'Zapytanie', lang: 'pl' },
  { text: 'Sprawa', lang: 'pl' },
  { text: 'Moja sprawa', lang: 'pl' },
  { text: 'Sprawa pilna', lang: 'pl' },
  { text: 'Pilna sprawa', lang: 'pl' },
  { text: 'Informacja', lang: 'pl' },
  { text: 'Informacje', lang: 'pl' },
  { text: 'Ważna informacja', lang: 'pl' },
  { text: 'Pismo', lang: 'pl' },
  { text: 'Dokumenty', lang: 'pl' },
  { text: 'Dokument', lang: 'pl' },
  { text: 'Ważne', lang: 'pl' },
  { text: 'Pilne', lang: 'pl' },
  { text: 'Bardzo pilne', lang: 'pl' },
  { text: 'Prośba', lang: 'pl' },
  { text: 'Uprzejma prośba', lang: 'pl' },
  { text: 'Do wiadomości', lang: 'pl' },
  { text: 'Wiadomość', lang: 'pl' },
  { text: 'Odpowiedź', lang: 'pl' },
  { text: 'Załącznik', lang: 'pl' },
  { text: 'Załączniki', lang: 'pl' },
  { text: 'Skan', lang: 'pl' },
  { text: 'Plik', lang: 'pl' },
  { text: 'Pliki', lang: 'pl' },
  { text: 'Uwagi', lang: 'pl' },
  { text: 'Witam', lang: 'pl' },
  { text: 'Dzień dobry', lang: 'pl' },
  { text: 'Bez tematu', lang: 'pl' },
  { text: 'Brak tematu', lang: 'pl' },
  { text: 'Temat', lang: 'pl' },
  { text: 'Test', lang: 'pl' },
  { text: 'Próba', lang: 'pl' },
  { text: 'Question', lang: 'en' },
  { text: 'Info', lang: 'en' },
  { text: 'Information', lang: 'en' },
  { text: 'Request', lang: 'en' },
  { text: 'Urgent', lang: 'en' },
  { text: 'Important', lang: 'en' },
  { text: 'FYI', lang: 'en' },
  { text: 'Documents', lang: 'en' },
  { text: 'Attachment', lang: 'en' },
  { text: 'Hello', lang: 'en' },
  { text: 'No subject', lang: 'en' },
  { text: '(no subject)', lang: 'en' },
];

/**
 * Prefixes of replies and forwards: Polish Outlook (ODP, PD), English (RE, FW, FWD), German
 * (AW, WG), and others a citizen's client may add (TR, SV, VS, RV, R).
 */
export const REPLY_PREFIXES: readonly string[] = ['re', 'odp', 'fw', 'fwd', 'pd', 'aw', 'wg', 'tr', 'sv', 'vs', 'rv', 'r'];

const TRAILING_PUNCTUATION = '.,;:!?…*-';
const GENERIC = new Set(GENERIC_SUBJECTS.map((g) => normalizeSubject(g.text)));
const PREFIXES = new Set(REPLY_PREFIXES);

/** Lower case, single spaces, no trailing punctuation ("Pilne!!!" -> "pilne"). */
export function normalizeSubject(s: string): string {
  return trimTrailing(s.replace(/\s+/g, ' ').trim(), TRAILING_PUNCTUATION, true).toLocaleLowerCase('pl');
}

/** The generic subjects are short: a subject with more visible characters is none of them (and may be 1 MB long). */
const MAX_GENERIC = Math.max(...[...GENERIC].map((g) => g.length));

export function isGenericSubject(s: string): boolean {
  // Trailing punctuation does not count ("Pilne!!!!!!"); spaces never do.
  const end = trailingRunStart(s, TRAILING_PUNCTUATION, true);
  let visible = 0;
  for (let i = 0; i < end && visible <= MAX_GENERIC; i++) if (!isSpaceCode(s.charCodeAt(i))) visible++;
  return visible <= MAX_GENERIC && GENERIC.has(normalizeSubject(s));
}

/** One prefix: a short word, an optional counter ("RE[2]:"), a colon. No nested repetition. */
const PREFIX = /\s*(\p{L}{1,4})\s?(?:\[\d{1,3}\])?\s?:\s*/uy;

export type StrippedSubject = {
  /** The subject after every reply/forward prefix ("RE: FW: Pytanie" -> "Pytanie"). */
  rest: string;
  /** Where `rest` starts in the original subject. */
  start: number;
  /** The prefixes as written, joined ("RE: FW:"), or '' when there were none. */
  prefixes: string;
};

export function stripReplyPrefixes(subject: string): StrippedSubject {
  let start = 0;
  const found: string[] = [];
  for (;;) {
    PREFIX.lastIndex = start;
    const m = PREFIX.exec(subject);
    if (!m || !PREFIXES.has(m[1].toLowerCase())) break;
    found.push(m[0].trim());
    start += m[0].length;
  }
  while (start < subject.length && /\s/.test(subject[start])) start++;
  const rest = subject.slice(start);
  // Trailing spaces belong to nobody: report the words only.
  return { rest: rest.trimEnd(), start, prefixes: found.join(' ') };
}
