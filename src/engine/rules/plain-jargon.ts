/**
 * Office jargon in the own text, with the plain word to write instead (002 line 125: avoid terms
 * citizens may not understand; 000 § 8 ust. 2 pkt 3). The swaps live in data/jargon.ts; a swap is
 * only a suggestion the clerk accepts one by one. The quoted thread is never looked at: the
 * citizen's or another office's words are not ours to rewrite.
 */
import { defineRule, type Report } from '../types';
import { compilePhrases, phrasesInSentences } from '../text/phrases';
import { JARGON, type JargonEntry } from './data/jargon';

type Compiled = { entry: JargonEntry; dot: boolean };

/** `ww.` is the word `ww` followed by a dot in the text; the dot is part of what is replaced. */
const matcher = compilePhrases(
  JARGON.map((entry) => {
    const dot = entry.from.endsWith('.');
    return { phrase: dot ? entry.from.slice(0, -1) : entry.from, value: { entry, dot } satisfies Compiled };
  }),
);

/** The replacement with the first-letter case of the text it replaces ("W związku…" -> "Dlatego"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toLocaleLowerCase('pl') && replacement !== '') {
    return replacement.charAt(0).toLocaleUpperCase('pl') + replacement.slice(1);
  }
  return replacement;
}

export const rule = defineRule({
  id: 'plain-jargon',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj terminów potencjalnie niezrozumiałych dla klientów' },
    docs: {
      pl: 'Zamiast urzędowych zwrotów („uiścić opłatę”, „tutejszy organ”, „w dniu dzisiejszym”) pisz prostymi słowami („zapłacić”, „urząd”, „dziś”).',
      en: 'Write plain words instead of office jargon (“uiścić opłatę”, “tutejszy organ”, “w dniu dzisiejszym” become “zapłacić”, “urząd”, “dziś”).',
    },
    messages: ['swap', 'explain'],
    fixable: true,
    defaultOptions: {},
  },
  check(_message, { body }) {
    const reports: Report[] = [];
    for (const { value, start, end: wordsEnd } of phrasesInSentences(matcher, body.sentences, body.text)) {
      const { entry, dot } = value;
      let end = wordsEnd;
      if (dot) {
        if (body.text[end] !== '.') continue;
        end += 1;
      }
      const phrase = body.text.slice(start, end);
      const data = { phrase, notePl: entry.note.pl, noteEn: entry.note.en };
      const location = { field: 'body' as const, start, end };
      if (entry.to) {
        const to = matchCase(phrase, entry.to);
        reports.push({
          messageId: 'plain-jargon/swap',
          data: { ...data, to },
          location,
          fix: { kind: 'replaceText', field: 'body', start, end, from: phrase, to },
        });
      } else {
        reports.push({ messageId: 'plain-jargon/explain', data, location });
      }
    }
    return reports;
  },
});
