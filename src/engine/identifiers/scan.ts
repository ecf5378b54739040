/**
 * Finds personal and business identifiers in free text, checksum-verified. Every alternative of
 * the candidate pattern has a fixed maximum length, so the scan is linear in the text (bodies
 * can be 1 MB). Numbers glued to letters or other digits are not taken apart.
 *
 * Every identifier holds two digits in a row, and can only start at such a run of digits or at
 * the two or three capitals (and a space) just before it ("ABC 123456", "PL61 1090 …"). So the
 * text is searched for runs of digits (a native scan), and the candidate pattern is tried, sticky,
 * only there: the same matches as running it over every position, about twice as fast.
 */
import { accountDigits, isValidNrb } from './account';
import { isValidNip, isValidRegon } from './business';
import { compact } from './checksum';
import { isValidIdCard, isValidPassport, isValidPesel } from './personal';

export type IdentifierKind = 'pesel' | 'idCard' | 'passport' | 'account' | 'nip' | 'regon';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['pesel', 'idCard', 'passport', 'account', 'nip', 'regon'];

export type FoundIdentifier = {
  kind: IdentifierKind;
  /** Without separators, upper case; an account as its 26 digits (no "PL"). */
  value: string;
  /** Absolute offsets of the number as written (offset + index in text). */
  start: number;
  end: number;
};

// Groups, in order: account (IBAN "PL…" or bare NRB, spaced in fours or not), REGON-14, PESEL,
// NIP (plain, 3-3-2-2 or 3-2-2-3 with dashes, optional "PL"), REGON-9, ID card, passport.
// No `u` flag and an explicit Latin letter range at the edges: several times faster on 1 MB.
const SP = '[ \\u00a0]';
const EDGE = '[A-Za-z0-9\\u00c0-\\u024f]';
const CANDIDATE = new RegExp(
  `(?<!${EDGE})(?:` +
    `((?:PL${SP}?)?\\d{2}(?:[ \\u00a0-]?\\d{4}){6})` +
    '|(\\d{14})' +
    '|(\\d{11})' +
    '|((?:PL)?(?:\\d{3}-?\\d{3}-?\\d{2}-?\\d{2}|\\d{3}-\\d{2}-\\d{2}-\\d{3}))' +
    '|(\\d{9})' +
    `|([A-Z]{3}${SP}?\\d{6})` +
    `|([A-Z]{2}${SP}?\\d{7})` +
    `)(?!${EDGE})`,
  'y',
);
const DIGIT_PAIR = /\d\d/g;

type Group = { kind: IdentifierKind; valid: (v: string) => boolean; normalize: (v: string) => string | null };

const GROUPS: readonly Group[] = [
  { kind: 'account', valid: isValidNrb, normalize: accountDigits },
  { kind: 'regon', valid: isValidRegon, normalize: compact },
  { kind: 'pesel', valid: isValidPesel, normalize: compact },
  { kind: 'nip', valid: isValidNip, normalize: (v) => compact(v).replace(/^PL/, '') },
  { kind: 'regon', valid: isValidRegon, normalize: compact },
  { kind: 'idCard', valid: isValidIdCard, normalize: compact },
  { kind: 'passport', valid: isValidPassport, normalize: compact },
];

/**
 * Every identifier of the given kinds in text whose checksum holds, in order of position.
 * `offset` is added to the positions (pass the start of a slice to get absolute offsets).
 */
export function findIdentifiers(text: string, offset = 0, kinds: readonly IdentifierKind[] = IDENTIFIER_KINDS): FoundIdentifier[] {
  const wanted = new Set(kinds);
  const found: FoundIdentifier[] = [];
  // Own copies: lastIndex is per call, safe under re-entrant use.
  const candidate = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  const digits = new RegExp(DIGIT_PAIR.source, DIGIT_PAIR.flags);
  let done = 0; // matches never overlap: nothing before this is tried again
  const tryAt = (start: number): number => {
    if (start < done) return -1;
    candidate.lastIndex = start;
    const m = candidate.exec(text);
    if (m === null) return -1;
    done = start + m[0].length;
    const index = GROUPS.findIndex((_, i) => m[i + 1] !== undefined);
    const group = GROUPS[index];
    const raw = m[index + 1];
    if (!wanted.has(group.kind)) return done;
    // Normalised once; the validators then see a clean value (separators already gone).
    const value = group.normalize(raw);
    if (value !== null && group.valid(value)) found.push({ kind: group.kind, value, start: offset + start, end: offset + start + raw.length });
    return done;
  };
  for (let run = digits.exec(text); run !== null; run = digits.exec(text)) {
    const d = run.index;
    // Capitals just before the digits, with one space between them or none ("ABC 123456", "PL61…").
    let k = d > 0 && (text[d - 1] === ' ' || text[d - 1] === '\u00a0') ? d - 1 : d;
    const lettersEnd = k;
    while (k > 0 && lettersEnd - k < 4 && text.charCodeAt(k - 1) >= 65 && text.charCodeAt(k - 1) <= 90) k--;
    const letters = lettersEnd - k;
    if (letters === 2 || letters === 3) tryAt(k);
    tryAt(d);
    // On past the run of digits (and whatever the match took).
    let end = d + 2;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    digits.lastIndex = Math.max(end, done);
  }
  return found;
}

/** "85010112345" -> "********345": the last three characters only, so a message never repeats the number. */
export function maskIdentifier(value: string): string {
  return value.length <= 3 ? value : '*'.repeat(value.length - 3) + value.slice(-3);
}
