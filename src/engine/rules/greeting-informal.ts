/**
 * The greeting fits an office writing to a citizen (002 line 121: "odpowiednim do sytuacji
 * i osoby adresata"): "Witam" is impolite from the writer's side, "Hej" and "Cześć" are for
 * friends. The fix replaces the informal words (and the name after them, "Hej Aniu") with the
 * greeting that agrees with the addressee, and keeps the punctuation the clerk wrote:
 * "Witam," to Anna Kowalska becomes "Szanowna Pani,"; a greeting that runs into the sentence
 * ("Witam uprzejmie informuję") gets a comma after it and loses none of the sentence.
 */
import { defineRule } from '../types';
import { openingGreeting, suggestGreetingPhrase } from '../greeting';
import { textLanguage } from './data/language-hints';

export const rule = defineRule({
  id: 'greeting-informal',
  meta: {
    category: 'courtesy',
    severity: 'warning',
    standard: { doc: '002', line: 121, cite: 'Wytyczne dla korespondencji e-mail: powitanie odpowiednie do sytuacji i osoby adresata' },
    docs: {
      pl: 'Powitanie nie jest potoczne („Witam”, „Hej”, „Cześć”, „Hi”); w urzędzie: „Szanowna Pani”, „Szanowny Panie”, „Szanowni Państwo” lub „Dzień dobry”.',
      en: 'The greeting is not casual (“Witam”, “Hej”, “Cześć”, “Hi”); an office writes “Szanowna Pani”, “Szanowny Panie”, “Szanowni Państwo” or “Dzień dobry”.',
    },
    messages: ['informal'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body, isExternal }) {
    const greeting = openingGreeting(body);
    if (!greeting || greeting.form !== 'informal') return [];
    const suggestion = suggestGreetingPhrase(message, textLanguage(body.words), isExternal);
    const { start, end, raw } = greeting;
    // "Witam uprzejmie informuję" ran the greeting into the sentence: a comma keeps them apart.
    const runsOn = /^[ \t\u00a0]*[\p{L}\p{N}]/u.test(body.text.slice(end, end + 8));
    return [
      {
        messageId: 'greeting-informal/informal',
        data: { greeting: raw, suggestion },
        location: { field: 'body', start, end },
        fix: { kind: 'replaceText', field: 'body', start, end, from: raw, to: runsOn ? `${suggestion},` : suggestion },
      },
    ];
  },
});
