/**
 * Rhetorical questions in the own text (002 line 125: avoid rhetorical questions): "Czy nie
 * mówiłam, że …?", "Jak można było przeoczyć termin?", "Po co Pan to pisze?". A pattern counts
 * only in a sentence ending with a question mark, where the question opens; ordinary and polite
 * questions ("Czy może Pan przesłać …?", "Czy nie mógłby Pan …?", "Kiedy …?") are listed apart.
 * Patterns in data/rhetorical.ts. No fix: turning a reproach into information needs the clerk.
 */
import { defineRule, type Report } from '../types';
import { compilePhrases, foldedSentenceWords } from '../text/phrases';
import { trailingRunStart } from '../text/trim';
import { ORDINARY_QUESTIONS, RHETORICAL_PATTERNS, RHETORICAL_SLOTS } from './data/rhetorical';

const rhetorical = compilePhrases(RHETORICAL_PATTERNS.map((phrase) => ({ phrase, value: true })), RHETORICAL_SLOTS);
const ordinary = compilePhrases(ORDINARY_QUESTIONS.map((phrase) => ({ phrase, value: true })), RHETORICAL_SLOTS);
/** Words that may come before the question itself: "A czy nie …?", "No to po co …?". */
const LEAD_INS: ReadonlySet<string> = new Set(['a', 'i', 'ale', 'no', 'to', 'wiec', 'tylko', 'zatem']);
const MAX_LEAD_INS = 2;
/** A question mark, then only `!?…"”»)` to the end (a scan: `/\?[!?…"”»)]*$/` retries from every "?" of a run). */
const endsWithQuestion = (text: string) => text.slice(trailingRunStart(text, '!?…"”»)')).includes('?');
const CLAUSE_BREAK = /[,;:–—]/;

export const rule = defineRule({
  id: 'plain-rhetorical-question',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj pytań retorycznych' },
    docs: {
      pl: 'Nie zadawaj klientowi pytań retorycznych („Czy nie prościej było…?”, „Jak można…?”, „Po co…?”). Napisz wprost, co klient powinien wiedzieć lub zrobić.',
      en: 'Do not ask the citizen rhetorical questions (“Czy nie prościej było…?”, “Jak można…?”, “Po co…?”). Say plainly what they should know or do.',
    },
    messages: ['rhetorical'],
    defaultOptions: {},
  },
  check(_message, { body }) {
    const reports: Report[] = [];
    const folded = foldedSentenceWords(body.sentences, body.text);
    body.sentences.forEach((sentence, s) => {
      if (!endsWithQuestion(sentence.text)) return;
      const words = sentence.words;
      // Where a question may open: the first words, and the word after a comma or dash.
      const opensAt = (i: number) => {
        let k = i;
        while (k > 0 && i - k < MAX_LEAD_INS && LEAD_INS.has(folded[s][k - 1])) k--;
        return k === 0 || CLAUSE_BREAK.test(body.text.slice(words[k - 1].end, words[k].start));
      };
      const ordinaryAt = new Set(ordinary.find(folded[s]).map((m) => m.first));
      const match = rhetorical.find(folded[s]).find((m) => opensAt(m.first) && !ordinaryAt.has(m.first));
      if (!match) return;
      const phrase = body.text.slice(words[match.first].start, words[match.last].end);
      reports.push({
        messageId: 'plain-rhetorical-question/rhetorical',
        data: { phrase },
        location: { field: 'body', start: sentence.start, end: sentence.end },
      });
    });
    return reports;
  },
});
