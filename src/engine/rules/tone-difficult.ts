/**
 * Difficult situations (complaints, objections): the clerk does not tell the citizen they are
 * wrong, does not ask them to calm down, does not blame colleagues and does not criticise the
 * law (002 lines 139, 140, 143; 000 § 12 ust. 2 pkt 3–4). Only the own text: the citizen's words
 * in the quoted thread are theirs to choose. Phrases live in data/tone-phrases.ts.
 */
import { defineRule, type Report } from '../types';
import { compilePhrases, phrasesInSentences } from '../text/phrases';
import { TONE_CATEGORIES, TONE_SLOTS } from './data/tone-phrases';

const matcher = compilePhrases(
  TONE_CATEGORIES.flatMap((category) => category.phrases.map((phrase) => ({ phrase, value: category }))),
  TONE_SLOTS,
);

export const rule = defineRule({
  id: 'tone-difficult',
  meta: {
    category: 'tone',
    severity: 'warning',
    standard: { doc: '002', line: 139, cite: 'Trudne sytuacje (skargi, reklamacje): zasady zachowania' },
    docs: {
      pl: 'W trudnej sytuacji nie pisz klientowi, że nie ma racji, nie proś, żeby się uspokoił, nie zrzucaj winy na innych pracowników i nie krytykuj przepisów.',
      en: 'In a difficult situation do not tell the citizen they are wrong, do not ask them to calm down, do not blame colleagues and do not criticise the law.',
    },
    messages: TONE_CATEGORIES.map((c) => c.id),
    defaultOptions: {},
  },
  check(_message, { body }) {
    return phrasesInSentences(matcher, body.sentences, body.text).map(({ value, start, end }): Report => ({
      messageId: `tone-difficult/${value.id}`,
      data: { phrase: body.text.slice(start, end) },
      location: { field: 'body', start, end },
    }));
  },
});
