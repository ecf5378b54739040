/**
 * Overly long words (002 line 125: avoid "wyrazów przesadnie długich"). Long by syllables
 * ("administracyjnego", 7) or by letters ("współodpowiedzialność", 21, only 6 syllables).
 * Proper names are the writer's to keep: a capitalised word inside a sentence is taken for one
 * ("Samorządowe Kolegium Odwoławcze", "Kędzierzyn-Koźle"). Only the own text, never the quote.
 */
import { defineRule, type Report } from '../types';
import { countLetters, countSyllables } from '../text/syllables';

export const rule = defineRule({
  id: 'plain-long-word',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj wyrazów przesadnie długich' },
    docs: {
      pl: 'Słowo ma najwyżej `maxSyllables` sylab (domyślnie 6) i `maxLetters` liter (domyślnie 19). Nazwy własne, adresy e-mail i strony internetowe się nie liczą.',
      en: 'A word has at most `maxSyllables` syllables (default 6) and `maxLetters` letters (default 19). Proper names, e-mail addresses and web addresses do not count.',
    },
    messages: ['syllables', 'letters'],
    defaultOptions: { maxSyllables: 6, maxLetters: 19 },
  },
  check(_message, { body, options }) {
    const maxSyllables = Number(options.maxSyllables);
    const maxLetters = Number(options.maxLetters);
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const sentence of body.sentences) {
      if (sentence.start < body.own.start || sentence.end > body.own.end) continue;
      // The first word is capitalised anyway, also after a list number ("2. Termomodernizacyjne …").
      const first = sentence.words.findIndex((w) => w.kind === 'word');
      sentence.words.forEach((word, i) => {
        if (word.kind !== 'word') return;
        // A capital letter inside a sentence marks a name.
        if (i > first && /^\p{Lu}/u.test(word.text)) return;
        const key = word.text.toLowerCase();
        if (seen.has(key)) return;
        const syllables = countSyllables(word.text);
        const letters = countLetters(word.text);
        const messageId = syllables > maxSyllables ? 'syllables' : letters > maxLetters ? 'letters' : null;
        if (!messageId) return;
        seen.add(key);
        reports.push({
          messageId: `plain-long-word/${messageId}`,
          data: { word: word.text, syllables, letters },
          location: { field: 'body', start: word.start, end: word.end },
        });
      });
    }
    return reports;
  },
});
