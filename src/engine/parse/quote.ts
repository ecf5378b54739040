/**
 * Where the quoted thread starts in a plain-text body: Outlook and other clients' quote headers
 * in Polish and English, "Dnia … napisał(a):", "On … wrote:", "-----Original Message-----",
 * and a run of "> " lines. Lines are read in place (no array of the whole body): only a line whose
 * first visible character can start one of these is cut out and matched.
 */
import { isSpaceCode } from '../text/trim';

const SEPARATOR = /^\s*-{2,}\s*(Original Message|Wiadomość oryginalna|Oryginalna wiadomość|Forwarded message|Przekazana wiadomość|Wiadomość przekazana|Treść przekazanej wiadomości)\s*-{2,}\s*$/iu;
const WROTE = /^\s*((Dnia|W dniu|On)\s.{0,300}?(napisał\(a\)|napisała|napisał|pisze|wrote)\s*:)\s*$/iu;
const HEADER_FROM = /^\s*\*?(Od|From)\s*:\*?\s+\S/iu;
const HEADER_OTHER = /^\s*\*?(Wysłane|Wysłano|Data|Sent|Date|Do|To|DW|Cc|UDW|Temat|Subject)\s*:/iu;
/** Labels of header lines whose addresses took part in the conversation. */
export const HEADER_LINE = /^\s*\*?(Od|From|Do|To|DW|Cc|Reply-To|Odpowiedź do)\s*:/iu;

/** End of the line that starts at `start` (the "\n" or `end`). */
function lineEnd(text: string, start: number, end: number): number {
  const i = text.indexOf('\n', start);
  return i < 0 || i > end ? end : i;
}

/** The first character of a line after its leading white space (what `^\s*` skips), or '' for a blank line. */
function firstVisible(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i < end ? text[i] : '';
}

// The first letters these patterns can start with (after `\s*` and an optional "*"); case folding
// under /iu maps no other character onto them.
const STARTS_QUOTE = new Set([...'-DdWwOo*FfOo>']);
const STARTS_HEADER_LINE = new Set([...'*OoFfDdTtCcRr']);
const STARTS_WROTE = new Set([...'DdWwOo']);

const isQuoted = (text: string, start: number, end: number) => firstVisible(text, start, end) === '>';

/**
 * Start of the first line of the quoted thread among the lines of [from, to) that start before
 * `limit`, or -1. A "From:" line counts when one of the next four lines is another header field;
 * a "> " line when the next one is quoted too or it is the last line of [from, to).
 */
export function findQuoteStart(text: string, from = 0, to = text.length, limit = to): number {
  for (let start = from; start <= to && start < limit; ) {
    const end = lineEnd(text, start, to);
    const first = firstVisible(text, start, end);
    if (STARTS_QUOTE.has(first)) {
      if (first === '>') {
        if (end >= to || isQuoted(text, end + 1, lineEnd(text, end + 1, to))) return start;
      } else {
        const line = text.slice(start, end);
        if (SEPARATOR.test(line) || WROTE.test(line)) return start;
        if (HEADER_FROM.test(line)) {
          for (let j = 1, s = end + 1; j < 5 && s <= to && end < to; j++) {
            const e = lineEnd(text, s, to);
            if (HEADER_OTHER.test(text.slice(s, e))) return start;
            if (e >= to) break;
            s = e + 1;
          }
        }
      }
    }
    if (end >= to) break;
    start = end + 1;
  }
  return -1;
}

/** True for a line that is part of a quote header (used to collect the thread's participants). */
export function isQuoteHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text) || WROTE.test(text);
}

/**
 * The quote-header lines of [from, to), for the thread's participants. Every header line has a
 * colon, so only lines with one are looked at, found with indexOf: a 1 MB quoted thread costs a
 * scan for ":" and a few hundred short matches.
 */
export function quoteHeaderLines(text: string, from: number, to: number): string[] {
  const found: string[] = [];
  for (let colon = text.indexOf(':', from); colon >= 0 && colon < to; ) {
    const start = Math.max(from, text.lastIndexOf('\n', colon) + 1);
    const end = lineEnd(text, colon, to);
    const first = firstVisible(text, start, end);
    if (STARTS_HEADER_LINE.has(first) || STARTS_WROTE.has(first)) {
      const line = text.slice(start, end);
      if (isQuoteHeaderLine(line)) found.push(line);
    }
    colon = text.indexOf(':', end + 1);
  }
  return found;
}
