/**
 * Short sentences (002 line 116: "Buduj krótkie zdania"; 000 § 8 ust. 2 pkt 3: clear language).
 * A sentence longer than `maxWords` words is reported on the whole sentence. Numbers count as
 * words, but a number written in groups ("77 405 22 10", "12 1020 3668 …") is read as one.
 * Only the own text: the citizen's long sentences in the quoted thread are not the clerk's.
 */
import { defineRule, type Report } from '../types';
import type { Sentence } from '../parse/body';

/** Words of a sentence as a reader counts them: digit groups split by single spaces are one number. */
function sentenceLength(sentence: Sentence, text: string): number {
  let count = 0;
  sentence.words.forEach((word, i) => {
    const previous = sentence.words[i - 1];
    const sameNumber = word.kind === 'number' && previous?.kind === 'number' && word.start - previous.end === 1 && text[previous.end] === ' ';
    if (!sameNumber) count++;
  });
  return count;
}

export const rule = defineRule({
  id: 'plain-long-sentence',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 116, cite: 'Wytyczne dla korespondencji: buduj krótkie zdania' },
    docs: {
      pl: 'Zdanie ma najwyżej `maxWords` słów (domyślnie 25). Dłuższe zdanie podziel na dwa lub trzy krótsze.',
      en: 'A sentence has at most `maxWords` words (default 25). Split a longer one into two or three short ones.',
    },
    messages: ['tooLong'],
    defaultOptions: { maxWords: 25 },
  },
  check(_message, { body, options }) {
    const max = Number(options.maxWords);
    const reports: Report[] = [];
    for (const sentence of body.sentences) {
      if (sentence.start < body.own.start || sentence.end > body.own.end) continue;
      const count = sentenceLength(sentence, body.text);
      if (count > max) {
        reports.push({
          messageId: 'plain-long-sentence/tooLong',
          data: { count, max },
          location: { field: 'body', start: sentence.start, end: sentence.end },
        });
      }
    }
    return reports;
  },
});
