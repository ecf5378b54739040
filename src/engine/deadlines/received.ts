/**
 * When the letter being answered arrived: the date in the quoted thread's first header
 * ("Wysłane: środa, 18 listopada 2026 14:05", "Sent: Wednesday, November 18, 2026 2:05 PM",
 * "Data: 18.11.2026", "Dnia 18.11.2026 o 14:05 Jan Kowalski napisał(a):"). The first header is
 * the newest message, the one the clerk replies to. The clerk can still change the date: an
 * e-mail's send date is the receipt date only for mail that arrived the same day.
 */
import { isQuoteHeaderLine } from '../parse/quote';
import { Lines } from '../parse/lines';
import type { ParsedBody } from '../parse/body';

const MONTHS: Record<string, number> = {
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const DATE_LABEL = /^\s*\*?(Wysłane|Wysłano|Data|Sent|Date)\s*:/iu;
// Each pattern is anchored on digits and bounded, so scanning a header line is linear.
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DOTTED = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+(\p{L}+)\s+(\d{4})\b/u;
// A month name is at most 9 letters: an unbounded `\p{L}+` here retried from every letter of a
// run (\b holds between "a" and "ą"), quadratic on a header line of "aąaą…".
const MONTH_DAY_YEAR = /\b(\p{L}{1,12})\s+(\d{1,2}),?\s+(\d{4})\b/u;

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}`;
}

/** A date written in a mail header, as YYYY-MM-DD. */
export function dateInHeader(line: string): string | undefined {
  let m = ISO.exec(line);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(line);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_YEAR.exec(line);
  if (m && MONTHS[m[2].toLowerCase()]) return iso(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
  m = MONTH_DAY_YEAR.exec(line);
  if (m && MONTHS[m[1].toLowerCase()]) return iso(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
  return undefined;
}

/** The send date of the newest quoted message, or undefined when the thread shows none. */
export function quotedMessageDate(body: Pick<ParsedBody, 'text' | 'quote'>): string | undefined {
  if (!body.quote) return undefined;
  for (const line of Lines.of(body.text, body.quote.start, body.quote.end)) {
    if (DATE_LABEL.test(line.text) || (isQuoteHeaderLine(line.text) && /napisał|pisze|wrote/iu.test(line.text))) {
      const date = dateInHeader(line.text);
      if (date) return date;
    }
  }
  return undefined;
}
