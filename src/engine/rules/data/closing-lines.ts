/**
 * Finds the closing at the end of the own text: "Z poważaniem" on its own line, also with a
 * name after a comma ("Pozdrawiam, Anna Nowak"), or as the last sentence of the last paragraph
 * ("… odpowiemy do końca miesiąca. Z wyrazami szacunku."), and right after the "-- " separator
 * that opens a typed signature ("--⏎Pozdrawiam⏎Ewa Nowak"). Only the last few lines are looked
 * at, so a "Pa" inside a list item earlier in the text is never taken for a goodbye.
 */
import type { Line, Lines, ParsedBody } from '../../parse/body';
import { CLOSINGS, closingOfLine, type ClosingEntry } from './closings';
import { trailingRunStart } from '../../text/trim';

/** How many non-empty lines at the end of the own text may hold the closing. */
export const CLOSING_WINDOW = 4;

export type FoundClosing = { entry: ClosingEntry; start: number; end: number; line: Line };

/** Longest first, so "Pozdrawiam serdecznie" wins over "Pozdrawiam". */
const BY_LENGTH = [...CLOSINGS].sort((a, b) => b.text.length - a.text.length);

/** A closing with a name after it fits in this; longer lines are prose (and may be 1 MB long). */
const MAX_CLOSING_LINE = 160;

function closingInLine(line: Line): FoundClosing | null {
  if (line.text.length > MAX_CLOSING_LINE) return null;
  const lead = line.text.length - line.text.trimStart().length;
  const start = line.start + lead;
  const whole = closingOfLine(line.text);
  // The range covers the closing words only, not a trailing comma or full stop.
  if (whole) return { entry: whole, start, end: line.start + trailingRunStart(line.text, ',.!:;', true), line };
  const lower = line.text.trimStart().toLocaleLowerCase('pl');
  for (const entry of BY_LENGTH) {
    const key = entry.text.toLocaleLowerCase('pl');
    if (lower.startsWith(key) && lower[key.length] === ',') return { entry, start, end: start + key.length, line };
  }
  return null;
}

/** True when a sentence ends just before `at`: ". ", "! ", "? ", "… ", also after a quote or bracket (". ) "). */
function sentenceEndsBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i === at) return false;
  while (i > 0 && (text[i - 1] === '"' || text[i - 1] === '”' || text[i - 1] === ')')) i--;
  return i > 0 && '.!?…'.includes(text[i - 1]);
}

/**
 * A closing as the last sentence of a line: "… miesiąca. Z wyrazami szacunku.", "… w pokoju 12.
 * Pozdrawiam" (letters typed as one paragraph). An informal one ("… jutro. Pa") counts too: a
 * closing offered after it would make two, and closing-informal suggests the formal one in its place.
 */
function closingEndingLine(line: Line): FoundClosing | null {
  if (line.text.length > MAX_CLOSING_LINE * 8) {
    // A long paragraph: only its end can hold the closing.
    const tail = line.text.length - MAX_CLOSING_LINE;
    return closingEndingLine({ start: line.start + tail, end: line.end, text: line.text.slice(tail) });
  }
  const end = trailingRunStart(line.text, ',.!:;', true);
  const lower = line.text.slice(0, end).toLocaleLowerCase('pl');
  for (const entry of BY_LENGTH) {
    const key = entry.text.toLocaleLowerCase('pl');
    const at = end - key.length;
    if (at <= 0 || !lower.endsWith(key)) continue;
    if (!sentenceEndsBefore(lower, at)) continue;
    return { entry, start: line.start + at, end: line.start + end, line };
  }
  return null;
}

/** The closings among the given lines (the last non-empty ones only), last first. */
export function findClosingsInLines(lines: Lines, window = CLOSING_WINDOW): FoundClosing[] {
  const found: FoundClosing[] = [];
  let seen = 0;
  for (let i = lines.lastNonBlank(); i >= 0 && seen < window; i = lines.lastNonBlank(i - 1)) {
    seen++;
    const line = lines.at(i);
    const c = closingInLine(line) ?? (seen === 1 ? closingEndingLine(line) : null);
    if (c) found.push(c);
  }
  return found;
}

/** The first non-empty line of a typed signature that opens with the "-- " separator, when there is one after it. */
function lineAfterSeparator(body: Pick<ParsedBody, 'text' | 'signature'>): Line | null {
  const sig = body.signature;
  if (!sig || sig.marked) return null;
  const lines = sig.text.split('\n');
  if (!/^--\s?$/.test(lines[0] ?? '')) return null;
  let start = sig.start + lines[0].length + 1;
  for (let i = 1; i < lines.length && i < 4; i++) {
    if (lines[i].trim() !== '') return { start, end: start + lines[i].length, text: lines[i] };
    start += lines[i].length + 1;
  }
  return null;
}

/**
 * The letter's closings, last first: among the last lines of the own text, and the line right
 * after the "-- " separator when the clerk put the closing inside the signature.
 */
export function findClosings(body: Pick<ParsedBody, 'text' | 'lines' | 'signature'>, window = CLOSING_WINDOW): FoundClosing[] {
  const after = lineAfterSeparator(body);
  const inSignature = after ? closingInLine(after) : null;
  const own = findClosingsInLines(body.lines, window);
  return inSignature ? [inSignature, ...own] : own;
}
