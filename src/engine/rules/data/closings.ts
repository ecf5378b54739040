/**
 * Courteous closings (002, e-mail guideline 2). Formal ones are what the standard expects;
 * semi-formal ones are accepted; informal ones are reported by closing-informal.
 * Matched against a whole line, case-insensitively, ignoring a trailing comma or full stop.
 */
import { collapseSpaces, trimTrailing } from '../../text/trim';

export type ClosingEntry = { text: string; level: 'formal' | 'semiformal' | 'informal'; lang: 'pl' | 'en' };

export const CLOSINGS: readonly ClosingEntry[] = [
  { text: 'Z poważaniem', level: 'formal', lang: 'pl' },
  { text: 'Z wyrazami szacunku', level: 'formal', lang: 'pl' },
  { text: 'Łączę wyrazy szacunku', level: 'formal', lang: 'pl' },
  { text: 'Łączę pozdrowienia', level: 'formal', lang: 'pl' },
  { text: 'Z wyrazami poważania', level: 'formal', lang: 'pl' },
  { text: 'Z uszanowaniem', level: 'formal', lang: 'pl' },
  { text: 'Pozdrawiam serdecznie', level: 'semiformal', lang: 'pl' },
  { text: 'Serdecznie pozdrawiam', level: 'semiformal', lang: 'pl' },
  { text: 'Pozdrawiam', level: 'semiformal', lang: 'pl' },
  { text: 'Z pozdrowieniami', level: 'semiformal', lang: 'pl' },
  { text: 'Łączę pozdrowienia', level: 'semiformal', lang: 'pl' },
  { text: 'Dziękuję i pozdrawiam', level: 'semiformal', lang: 'pl' },
  { text: 'Z góry dziękuję i pozdrawiam', level: 'semiformal', lang: 'pl' },
  { text: 'Z serdecznymi pozdrowieniami', level: 'semiformal', lang: 'pl' },
  { text: 'Kind regards', level: 'formal', lang: 'en' },
  { text: 'Best regards', level: 'formal', lang: 'en' },
  { text: 'Yours sincerely', level: 'formal', lang: 'en' },
  { text: 'Yours faithfully', level: 'formal', lang: 'en' },
  { text: 'Sincerely', level: 'formal', lang: 'en' },
  { text: 'Regards', level: 'semiformal', lang: 'en' },
  { text: 'With kind regards', level: 'formal', lang: 'en' },
  { text: 'Pozdro', level: 'informal', lang: 'pl' },
  { text: 'Pozdrówka', level: 'informal', lang: 'pl' },
  { text: 'Pa', level: 'informal', lang: 'pl' },
  { text: 'Papa', level: 'informal', lang: 'pl' },
  { text: 'Nara', level: 'informal', lang: 'pl' },
  { text: 'Buziaki', level: 'informal', lang: 'pl' },
  { text: 'Buziaczki', level: 'informal', lang: 'pl' },
  { text: 'Elo', level: 'informal', lang: 'pl' },
  { text: 'Trzymaj się', level: 'informal', lang: 'pl' },
  { text: 'Cheers', level: 'informal', lang: 'en' },
  { text: 'Thx', level: 'informal', lang: 'en' },
  { text: 'Thanks', level: 'informal', lang: 'en' },
  { text: 'Cya', level: 'informal', lang: 'en' },
];

const BY_LINE = new Map(CLOSINGS.map((c) => [c.text.toLocaleLowerCase('pl'), c]));

/** The closing a line consists of, if any ("Z poważaniem," -> formal). */
export function closingOfLine(line: string): ClosingEntry | undefined {
  const key = collapseSpaces(trimTrailing(line.trim(), ',.!:;', true)).toLocaleLowerCase('pl');
  return BY_LINE.get(key);
}
