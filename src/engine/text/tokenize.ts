/**
 * Words and sentences with offsets, computed once per message and shared by every rule
 * (retext's "parse once"). Offsets are absolute positions in ParsedBody.text.
 */
import { ACT_TITLE_WORDS, GLUED_TO_NUMBER_ABBREVIATIONS, POLISH_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';
import { findAddresses } from '../parse/addresses';
import { isSpaceCode } from './trim';

export type Span = { start: number; end: number };
export type Word = Span & { text: string; kind: 'word' | 'number' | 'email' | 'url' };
export type Sentence = Span & { text: string; words: Word[] };

// One token at a time; each alternative is a simple character class run, so matching is linear.
// E-mail addresses come from the address scanner (parse/addresses.ts): as a regex alternative
// their local part would be rescanned from every start position.
const TOKEN = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)|(\p{N}+(?:[.,:/-]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*)/gu;

export function tokenizeWords(text: string, offset = 0, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  const emails = findAddresses(text, 0, from, to);
  let next = 0;
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    while (next < emails.length && emails[next].end <= m.index) next++;
    const email = emails[next];
    if (email && email.start <= m.index) {
      // The token starts inside an address: the whole address is one token.
      words.push({ text: text.slice(email.start, email.end), start: offset + email.start, end: offset + email.end, kind: 'email' });
      TOKEN.lastIndex = email.end;
      next++;
      continue;
    }
    if (email && email.start < m.index + m[0].length && !m[1]) {
      // A word or number running into an address ("tel.123jan@x.pl"): stop it where the address starts.
      TOKEN.lastIndex = email.start;
      if (email.start > m.index) words.push({ text: text.slice(m.index, email.start), start: offset + m.index, end: offset + email.start, kind: m[2] ? 'number' : 'word' });
      continue;
    }
    const kind: Word['kind'] = m[1] ? 'url' : m[2] ? 'number' : 'word';
    const end = Math.min(m.index + m[0].length, to);
    words.push({ text: text.slice(m.index, end), start: offset + m.index, end: offset + end, kind });
  }
  return words;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ROMAN = /^[IVX]{1,4}$/;
const GLUED_TO_NUMBER = /^\p{N}{1,4}(\p{L}{1,3})$/u;
/** Short runs of letters joined by dots: "k.p.a", "u.o.d.o", "p.o". Bounded, so linear. */
const DOTTED_LETTERS = /^\p{L}{1,3}(?:\.\p{L}{1,3}){1,5}$/u;

/**
 * True when the full stop at `dot` does not end the sentence: it closes an abbreviation
 * ("ul.", "np.", "m.in."), an initial ("J. Kowalski"), an ordinal ("12. marca") or a list
 * marker at the start of a line ("1. Wniosek", "II. Uzasadnienie"). `after` is past the closing
 * quotes and brackets that follow the dot ("(z późn. zm.) o …").
 */
function dotContinuesSentence(text: string, dot: number, after: number, lineStart: number, end: number): boolean {
  // The token before the dot, with its inner dots: "m.in", "z.o.o", "12.03.2026", "www.gmina.pl".
  let i = dot - 1;
  while (i >= lineStart && (LETTER_OR_DIGIT.test(text[i]) || (text[i] === '.' && i > lineStart && LETTER_OR_DIGIT.test(text[i - 1])))) i--;
  const compound = text.slice(i + 1, dot);
  if (compound === '') return false;
  // The end of an e-mail or web address: "… na adres urzad@gmina.pl. Proszę …".
  if (i >= lineStart && (text[i] === '@' || text[i] === '/')) return false;
  const lastDot = compound.lastIndexOf('.');
  const word = compound.slice(lastDot + 1);
  let k = after;
  while (k < end && /\s/.test(text[k])) k++;
  const next = k < end ? text[k] : '';
  const nextIsLower = /\p{Ll}/u.test(next);
  let h = i;
  while (h >= lineStart && (text[h] === ' ' || text[h] === '\t')) h--;
  const atLineStart = h < lineStart;

  if (/^\p{N}+$/u.test(word)) {
    if (atLineStart && lastDot < 0 && word.length <= 3) return true; // "1. Wniosek o …"
    // "12. marca" is an ordinal; "pismo nr 12. Proszę", "o godz. 10.30. Proszę" end a sentence.
    return nextIsLower;
  }
  if (atLineStart && lastDot < 0 && (ROMAN.test(word) || /^\p{L}$/u.test(word))) return true; // "II. Uzasadnienie", "a. wniosek"
  if (lastDot < 0 && /^\p{Lu}$/u.test(word)) return true; // initials: "J. Kowalski"
  // A year or an amount glued to its abbreviation ("2018r.", "10zł.") is that abbreviation.
  const glued = lastDot < 0 ? GLUED_TO_NUMBER.exec(word) : null;
  const gluedKey = glued && GLUED_TO_NUMBER_ABBREVIATIONS.has(glued[1].toLowerCase()) ? glued[1] : null;
  const key = (gluedKey ?? (lastDot < 0 ? word : compound)).toLowerCase();
  // Letters joined by dots are an abbreviation even when the list lacks it ("k.p.a.", "u.o.d.o.",
  // "k.c."); like "r." it may close a sentence, so only a lower-case word keeps it going.
  if (lastDot >= 0 && DOTTED_LETTERS.test(compound) && !POLISH_ABBREVIATIONS.has(key)) return !/\p{Lu}/u.test(next);
  if (!POLISH_ABBREVIATIONS.has(key)) return false;
  if (!SENTENCE_FINAL_ABBREVIATIONS.has(key) || !/\p{Lu}/u.test(next)) return true;
  // "… z 12 marca 2026 r. Proszę …": the abbreviation's dot closes the sentence too, unless an
  // act's title follows: "ustawy z dnia 29 sierpnia 1997 r. Ordynacja podatkowa".
  return key === 'r' && ACT_TITLE_WORDS.has(nextWord(text, k, end));
}

/** The word starting at `from`, in lower case (at most 20 letters are read). */
function nextWord(text: string, from: number, end: number): string {
  let k = from;
  while (k < end && k - from < 20 && /\p{L}/u.test(text[k])) k++;
  return text.slice(from, k).toLowerCase();
}

/** Shared by every sentence without words ("…", "?"): one empty array instead of one each. */
const NO_WORDS: Word[] = Object.freeze([]) as unknown as Word[];
const LINE_END_PUNCTUATION = '.!?…:;,';

/** True when [a, b) (no white space at either end) holds at most `max` words separated by white space. */
function hasAtMostWords(text: string, a: number, b: number, max: number): boolean {
  let gaps = 0;
  let inSpace = false;
  for (let k = a; k < b; k++) {
    if (isSpaceCode(text.charCodeAt(k))) {
      if (!inSpace && ++gaps >= max) return false;
      inSpace = true;
    } else {
      inSpace = false;
    }
  }
  return true;
}

/**
 * Splits [start, end) of text into sentences. A sentence ends at . ! ? … followed by white space
 * (unless the dot closes an abbreviation), and at a line break after a line that ends with
 * punctuation or is a short line of its own (greeting, closing, list item).
 */
export function splitSentences(text: string, start: number, end: number, words: readonly Word[] = tokenizeWords(text, 0, start, end)): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  // The words of [start, end), tokenized once: a sentence starts and ends at white space, which no
  // word crosses, so each sentence takes the words that lie inside it.
  let w = 0;
  const push = (stop: number) => {
    let a = sentenceStart;
    let b = stop;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      while (w < words.length && words[w].start < a) w++;
      const first = w;
      while (w < words.length && words[w].end <= b) w++;
      sentences.push({ start: a, end: b, text: text.slice(a, b), words: first === w ? NO_WORDS : words.slice(first, w) });
    }
    sentenceStart = stop;
  };
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Most characters are neither a line break nor . ! ? …: look at the code unit only.
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i];
    if (c === '\n') {
      // The line without its outer white space, read in place (no copy per line).
      let a = lineStart;
      let b = i;
      while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      const blankNext = i + 1 < end && text[i + 1] === '\n';
      if (blankNext || a === b || LINE_END_PUNCTUATION.includes(text[b - 1]) || hasAtMostWords(text, a, b, 6)) push(i);
      lineStart = i + 1;
    } else if (TERMINAL.has(c)) {
      let j = i + 1;
      while (j < end && (TERMINAL.has(text[j]) || text[j] === '"' || text[j] === '”' || text[j] === ')')) j++;
      if (j >= end || isSpaceCode(text.charCodeAt(j))) {
        if (c === '.' && !TERMINAL.has(text[i + 1]) && dotContinuesSentence(text, i, j, lineStart, end)) continue;
        push(j);
      }
      // Every mark of the run [i, j) reaches the same j: look at the run once ("a.....b" was quadratic).
      i = j - 1;
    }
  }
  push(end);
  return sentences;
}
