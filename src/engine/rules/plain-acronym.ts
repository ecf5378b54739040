/**
 * Acronyms the citizen may not know (002 line 125: avoid abbreviations and acronyms). An acronym
 * is fine when everyone knows it (data/acronyms.ts, plus the policy's `allow`) or when its first
 * use explains it: "Samorządowe Kolegium Odwoławcze (SKO)" or "SKO (Samorządowe Kolegium
 * Odwoławcze)". One finding per acronym, at its first use in the own text.
 *
 * Not acronyms: Roman numerals ("II piętro", "Wydział IV"), codes followed by a number (case
 * references "KT.5430.1.2026", registration plates "OP 12345") and the clerk's initials that
 * close a reference ("BRK.1431.1.2018.JP", seen in real letters), a known acronym written in
 * mixed case ("BiP"), surnames in capitals next to a
 * first name ("Anna NOWAK"), and ordinary words in capitals, used for shouting or as a heading.
 * A word in capitals is an ordinary word (ordinaryWord) when:
 * - it is one of the words offices stress or head a part with (data/acronyms.ts SHOUTED_WORDS:
 *   "UWAGA", "NIE", "TERMIN", "OPŁATA");
 * - the letter writes the same word in lower case elsewhere ("TERMIN jest nieprzekraczalny …
 *   termin liczy się"): nobody writes "sko" or "pup";
 * - it heads its line as a label or alone ("ADRES: ul. …", "ODPOWIEDŹ NA WNIOSEK", "OPŁATA"), and
 *   is a word to read, not to spell: four letters or more, with a vowel. SKO, WSA, PUP (three
 *   letters) and ZGK (no vowel) stay acronyms there too;
 * - it belongs to a run of words in capitals (three or more, or two with a long or listed one).
 */
import { defineRule, type Report } from '../types';
import type { Word } from '../parse/body';
import { foldWord } from '../text/phrases';
import { isKnownFirstName } from '../greeting';
import { KNOWN_ACRONYMS, SHOUTED_WORDS } from './data/acronyms';

type Options = { allow: string[] };

/**
 * 2–6 capitals; digits allowed after the first letter ("PM10"), a lower-case conjunction between
 * capitals ("PODGiK", "CEPiK"), an inflection after a hyphen ("PUP-u").
 */
const ACRONYM = /^(\p{Lu}(?:[\p{Lu}\p{N}]|[iwzo](?=\p{Lu})){1,7})(?:-\p{Ll}{1,4})?$/u;
const UPPER_WORD = /^[\p{Lu}\p{N}-]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A code rather than a word: a number follows at once or after one space, dot, dash or slash. */
const CODE_AFTER = /^[ .\-/]?\p{N}/u;
/** The end of a case reference: a number and a dot right before ("…2018.JP"). */
const CODE_BEFORE = /\p{N}[.\-/]$/u;
const KNOWN: ReadonlySet<string> = new Set(KNOWN_ACRONYMS);
const SHOUTED: ReadonlySet<string> = new Set(SHOUTED_WORDS);
/** Words of one run of capitals: on one line, apart by spaces (a colon, comma or dash at most). */
const RUN_GAP = /^[ \t]*(?:[:,–-][ \t]*)?$/;
const isRunGap = (gap: string) => gap.length > 0 && gap.length <= 4 && RUN_GAP.test(gap);
const LOOK_AROUND = 60;
const NAME_WORDS = 8;

function capitals(s: string): number {
  let n = 0;
  for (const c of s) if (c.toLowerCase() !== c) n++;
  return n;
}

const isCapsWord = (w: Word) => w.kind === 'word' && HAS_UPPER.test(w.text) && UPPER_WORD.test(w.text);

/**
 * Words that belong to a run of words in capitals which reads as shouting or a heading: three or
 * more in a row, or one of them a long word or an ordinary shouted word. "ZUS i KRUS" is no run.
 */
function shoutedRuns(words: readonly Word[], text: string): Set<number> {
  const shouted = new Set<number>();
  let i = 0;
  while (i < words.length) {
    if (!isCapsWord(words[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && isCapsWord(words[j]) && isRunGap(text.slice(words[j - 1].end, words[j].start))) j++;
    const run = words.slice(i, j);
    if (run.length >= 3 || (run.length === 2 && run.some((w) => w.text.length > 6 || SHOUTED.has(w.text)))) {
      for (let k = i; k < j; k++) shouted.add(k);
    }
    i = j;
  }
  return shouted;
}

const VOWEL = /[aeiouyąęó]/iu;
const HEADING_LETTERS = 4;

/** The folded words the own text writes in lower case or with one capital ("termin", "Termin"), not "PUP-ie" or "PODGiK". */
function lowerCaseWords(words: readonly Word[]): Set<string> {
  const found = new Set<string>();
  for (const w of words) if (w.kind === 'word' && capitals(w.text) <= 1) found.add(foldWord(w.text));
  return found;
}

/**
 * The word opens its line and is a label ("ADRES:") or the line holds nothing but words in
 * capitals ("OPŁATA", "ODPOWIEDŹ NA WNIOSEK"). Only the caps word's own line is read, and only
 * for the first word of a line, so a body is read at most once more.
 */
function headsItsLine(words: readonly Word[], i: number, text: string): boolean {
  const w = words[i];
  // Only the gap after the word before is read: a line of a megabyte is not searched back each time.
  const gap = text.slice(i === 0 ? 0 : words[i - 1].end, w.start);
  const newline = gap.lastIndexOf('\n');
  if ((i > 0 && newline < 0) || gap.slice(newline + 1).trim() !== '') return false;
  let p = w.end;
  while (text[p] === ' ' || text[p] === '\t') p++;
  if (text[p] === ':') return true;
  for (let k = i + 1; k < words.length && !text.slice(words[k - 1].end, words[k].start).includes('\n'); k++) if (!isCapsWord(words[k])) return false;
  return true;
}

/** An ordinary word written in capitals, not an acronym (see the header). */
function ordinaryWord(words: readonly Word[], i: number, text: string, lowerCase: ReadonlySet<string>): boolean {
  const w = words[i];
  if (lowerCase.has(foldWord(w.text))) return true;
  const letters = w.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= HEADING_LETTERS && VOWEL.test(letters) && headsItsLine(words, i, text);
}

const initial = (w: Word) => foldWord(w.text.charAt(0));

/** "pełna nazwa (SKRÓT)": in brackets of its own, after words of which one starts with its letter. */
function explainedBefore(words: readonly Word[], i: number, acronym: string, text: string): boolean {
  const w = words[i];
  if (text[w.start - 1] !== '(' || text[w.end] !== ')') return false;
  const first = foldWord(acronym.charAt(0));
  const before: Word[] = [];
  for (let k = i - 1; k >= 0 && before.length < NAME_WORDS && w.start - words[k].end < LOOK_AROUND * 2; k--) {
    if (text.slice(words[k].end, w.start).includes('\n')) break;
    before.push(words[k]);
  }
  return before.length >= 2 && before.some((b) => initial(b) === first);
}

/** "SKRÓT (pełna nazwa)": brackets right after it, with two or more words, one starting with its letter. */
function explainedAfter(words: readonly Word[], i: number, acronym: string, text: string): boolean {
  const w = words[i];
  let p = w.end;
  while (text[p] === ' ') p++;
  if (text[p] !== '(') return false;
  const close = text.indexOf(')', p);
  if (close < 0 || close - p > LOOK_AROUND * 2) return false;
  const first = foldWord(acronym.charAt(0));
  const inside: Word[] = [];
  for (let k = i + 1; k < words.length && words[k].end <= close; k++) inside.push(words[k]);
  return inside.length >= 2 && inside.slice(0, 3).some((b) => initial(b) === first);
}

/** A surname in capitals beside a first name: "Anna NOWAK", "NOWAK Anna". */
function isSurname(words: readonly Word[], i: number): boolean {
  const near = [words[i - 1], words[i + 1]];
  return near.some((w) => w !== undefined && w.kind === 'word' && !isCapsWord(w) && isKnownFirstName(w.text));
}

export const rule = defineRule<Options>({
  id: 'plain-acronym',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj skrótów i skrótowców' },
    docs: {
      pl: 'Skrótowiec, którego klient może nie znać (np. „SKO”, „WSA”, „PUP”), wyjaśnij przy pierwszym użyciu: „Samorządowe Kolegium Odwoławcze (SKO)”. Powszechnie znane (PESEL, NIP, ZUS, RODO…) są dozwolone; politykę można uzupełnić opcją `allow`.',
      en: 'Explain an acronym the citizen may not know (e.g. “SKO”, “WSA”, “PUP”) at its first use: “Samorządowe Kolegium Odwoławcze (SKO)”. Well-known ones (PESEL, NIP, ZUS, RODO…) are allowed; the policy can add more with the `allow` option.',
    },
    messages: ['unexplained'],
    defaultOptions: { allow: [] },
  },
  check(_message, { body, options }) {
    const allowed = new Set(Array.isArray(options.allow) ? options.allow.map(String) : []);
    const words = body.words;
    const text = body.text;
    const shouted = shoutedRuns(words, text);
    const lowerCase = lowerCaseWords(words);
    const seen = new Set<string>();
    const reports: Report[] = [];
    words.forEach((w, i) => {
      if (w.kind !== 'word') return;
      const m = ACRONYM.exec(w.text);
      if (!m) return;
      const acronym = m[1];
      const n = capitals(acronym);
      if (seen.has(acronym) || n < 2 || n > 6) return;
      if (KNOWN.has(acronym) || KNOWN.has(acronym.toUpperCase()) || allowed.has(acronym) || SHOUTED.has(acronym) || ROMAN.test(acronym)) return;
      if (shouted.has(i) || CODE_AFTER.test(text.slice(w.end, w.end + 2)) || CODE_BEFORE.test(text.slice(Math.max(0, w.start - 2), w.start))) return;
      if (isSurname(words, i) || ordinaryWord(words, i, text, lowerCase)) return;
      seen.add(acronym);
      if (explainedBefore(words, i, acronym, text) || explainedAfter(words, i, acronym, text)) return;
      reports.push({
        messageId: 'plain-acronym/unexplained',
        data: { acronym },
        location: { field: 'body', start: w.start, end: w.start + acronym.length },
      });
    });
    return reports;
  },
});
