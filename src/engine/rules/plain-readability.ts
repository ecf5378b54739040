/**
 * Clear language a citizen understands (000 § 8 ust. 2 pkt 3; 002 line 125), measured with
 * FOG-PL over the own text. Short notes say too little for an index, so texts under `minWords`
 * words are left alone. The task pane shows the same score as a meter (fogPl, readabilityBand).
 */
import { defineRule } from '../types';
import { fogPl, readabilityBand } from '../text/readability';

/** Fewer words than this and FOG-PL says nothing reliable. */
export const MIN_WORDS = 40;

export const rule = defineRule({
  id: 'plain-readability',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '000', line: 94, cite: '§ 8 ust. 2 pkt 3: odpowiedzi jasne i konkretne, język zrozumiały dla klienta' },
    docs: {
      pl: 'Indeks czytelności FOG-PL własnego tekstu wiadomości jest nie wyższy niż `max` (domyślnie 12). FOG-PL = 0,4 × (słowa / zdania + 100 × trudne słowa / słowa); trudne słowo ma 4 lub więcej sylab. Teksty krótsze niż 40 słów nie są oceniane.',
      en: 'The FOG-PL readability index of the message’s own text is at most `max` (default 12). FOG-PL = 0.4 × (words / sentences + 100 × hard words / words); a hard word has 4 or more syllables. Texts shorter than 40 words are not scored.',
    },
    messages: ['tooHard'],
    defaultOptions: { max: 12 },
  },
  check(_message, { body, options }) {
    const max = Number(options.max);
    const { score, words, sentences, hardWords } = fogPl(body);
    if (words < MIN_WORDS || !(score > max)) return [];
    const rounded = Math.round(score * 10) / 10;
    return [{ messageId: 'plain-readability/tooHard', data: { score: rounded, max, band: readabilityBand(score), words, sentences, hardWords } }];
  },
});
