/**
 * Finds the closing at the end of the own text: "Z poważaniem" on its own line, also with a
 * name after a comma ("Pozdrawiam, Anna Nowak"). Only the last few lines are looked at, so a
 * "Pa" inside a list item earlier in the text is never taken for a goodbye.
 */
import type { Line } from '../../parse/body';
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
