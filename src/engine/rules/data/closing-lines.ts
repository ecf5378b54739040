/**
 * Finds the closing at the end of the own text: "Z poważaniem" on its own line, also with a
 * name after a comma ("Pozdrawiam, Anna Nowak"). Only the last few lines are looked at, so a
 * "Pa" inside a list item earlier in the text is never taken for a goodbye.
 */
import type { Line } from '../../parse/body';
import { CLOSINGS, closingOfLine, type ClosingEntry } from './closings';

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
  if (whole) return { entry: whole, start, end: line.start + line.text.replace(/[,.!:;\s]+$/u, '').length, line };
  const lower = line.text.trimStart().toLocaleLowerCase('pl');
  for (const entry of BY_LENGTH) {
    const key = entry.text.toLocaleLowerCase('pl');
    if (lower.startsWith(key) && lower[key.length] === ',') return { entry, start, end: start + key.length, line };
  }
  return null;
}

/** The closings among the last non-empty lines of the own text, last first. */
export function findClosings(lines: readonly Line[], window = CLOSING_WINDOW): FoundClosing[] {
  const found: FoundClosing[] = [];
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < window; i--) {
    if (lines[i].text.trim() === '') continue;
    seen++;
    const c = closingInLine(lines[i]);
    if (c) found.push(c);
  }
  return found;
}

/**
 * A closing that ends the last paragraph instead of standing on its own line: "… w pokoju 12.
 * Pozdrawiam", "… do końca miesiąca. Z wyrazami szacunku." (letters typed as one paragraph).
 * Only the tail of the last non-empty line after its last sentence end is read, so the cost is
 * bounded however long the line.
 */
export function closingEndsParagraph(lines: readonly Line[]): ClosingEntry | undefined {
  let i = lines.length - 1;
  while (i >= 0 && lines[i].text.trim() === '') i--;
  if (i < 0) return undefined;
  const tail = lines[i].text.slice(-MAX_CLOSING_LINE).trimEnd();
  // Drop the closing's own full stop or comma, then take what follows the last sentence end.
  let end = tail.length;
  while (end > 0 && ',.!'.includes(tail[end - 1])) end--;
  let start = end;
  while (start > 0 && !'.!?…'.includes(tail[start - 1])) start--;
  if (start === 0) return undefined; // the whole line: findClosings reads that
  return closingOfLine(tail.slice(start, end));
}
