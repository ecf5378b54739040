/**
 * The greeting fits an office writing to a citizen (002 line 121: "odpowiednim do sytuacji
 * i osoby adresata"): "Witam" is impolite from the writer's side, "Hej" and "Cześć" are for
 * friends. The fix replaces the informal words (and the name after them, "Hej Aniu") with the
 * greeting that agrees with the addressee, and keeps the punctuation the clerk wrote:
 * "Witam," to Anna Kowalska becomes "Szanowna Pani,". Only a greeting that stands as its own
 * clause is replaced: in "Witam i dziękuję za list" or "Witam serdecznie wszystkich" the greeting
 * runs into the sentence, and "Szanowna Pani i dziękuję" is no Polish, so the finding offers no
 * text there (SPEC § 9).
 */
import { defineRule } from '../types';
import { openingGreeting, suggestGreetingPhrase } from '../greeting';
import { textLanguage } from './data/language-hints';

/** The greeting ends its clause: a punctuation mark or the end of the line follows (spaces aside). */
function standsAlone(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0') i++;
  return i >= text.length || /[,.!:;\r\n]/.test(text[i]);
}

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
  check(message, { body }) {
    const greeting = openingGreeting(body);
    if (!greeting || greeting.form !== 'informal') return [];
    const suggestion = suggestGreetingPhrase(message, textLanguage(body.words));
    const { start, end, raw } = greeting;
    const finding = { messageId: 'greeting-informal/informal', data: { greeting: raw, suggestion }, location: { field: 'body' as const, start, end } };
    if (!standsAlone(body.text, end)) return [finding];
    return [{ ...finding, fix: { kind: 'replaceText', field: 'body', start, end, from: raw, to: suggestion } }];
  },
});
