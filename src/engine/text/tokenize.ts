/**
 * Words and sentences with offsets, computed once per message and shared by every rule
 * (retext's "parse once"). Offsets are absolute positions in ParsedBody.text.
 */
import { POLISH_ABBREVIATIONS } from './abbreviations';

export type Span = { start: number; end: number };
export type Word = Span & { text: string; kind: 'word' | 'number' | 'email' | 'url' };
export type Sentence = Span & { text: string; words: Word[] };

// One token at a time; each alternative is a simple character class run, so matching is linear.
const TOKEN = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,})|(\p{N}+(?:[.,:/-]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*)/gu;

export function tokenizeWords(text: string, offset = 0, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const kind: Word['kind'] = m[1] ? 'url' : m[2] ? 'email' : m[3] ? 'number' : 'word';
    const end = Math.min(m.index + m[0].length, to);
    words.push({ text: text.slice(m.index, end), start: offset + m.index, end: offset + end, kind });
  }
  return words;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

/** True when the word just before a full stop is an abbreviation or an ordinal number. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}\p{N}]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (word === '') return false;
  // "12. marca" is an ordinal; "nr 12. Proszę" ends a sentence: the next word's case decides.
  if (/^\p{N}{1,2}$/u.test(word)) return /^\s*\p{Ll}/u.test(text.slice(dot + 1, dot + 4));
  if (/^\p{Lu}$/u.test(word)) return true; // initials: "J. Kowalski"
  return POLISH_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits [start, end) of text into sentences. A sentence ends at . ! ? … followed by white space
 * (unless the dot closes an abbreviation), and at a line break after a line that ends with
 * punctuation or is a short line of its own (greeting, closing, list item).
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  const push = (stop: number) => {
    let a = sentenceStart;
    let b = stop;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) {
      const slice = text.slice(a, b);
      sentences.push({ start: a, end: b, text: slice, words: tokenizeWords(slice, a) });
    }
    sentenceStart = stop;
  };
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n') {
      const line = text.slice(lineStart, i).trim();
      const last = line[line.length - 1];
      const blankNext = i + 1 < end && text[i + 1] === '\n';
      const shortLine = line.length > 0 && line.split(/\s+/).length <= 6;
      if (blankNext || line === '' || (last !== undefined && /[.!?…:;,]/.test(last)) || shortLine) push(i);
      lineStart = i + 1;
    } else if (TERMINAL.has(c)) {
      let j = i + 1;
      while (j < end && (TERMINAL.has(text[j]) || text[j] === '"' || text[j] === '”' || text[j] === ')')) j++;
      if (j >= end || /\s/.test(text[j])) {
        if (c === '.' && j === i + 1 && isAbbreviationBefore(text, i)) continue;
        push(j);
        i = j - 1;
      }
    }
  }
  push(end);
  return sentences;
}
