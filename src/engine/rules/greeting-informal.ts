/**
 * The greeting fits an office writing to a citizen (002 line 121: "odpowiednim do sytuacji
 * i osoby adresata"): "Witam" is impolite from the writer's side, "Hej" and "Cześć" are for
 * friends. The fix replaces the informal words (and the name after them, "Hej Aniu") with the
 * greeting that agrees with the addressee, and keeps the punctuation the clerk wrote:
 * "Witam," to Anna Kowalska becomes "Szanowna Pani,", and so does a bare "Witam" on its own line
 * (a greeting line ends with a comma); a greeting that runs into the sentence
 * ("Witam uprzejmie informuję") gets a comma after it and loses none of the sentence. Where the
 * sentence goes on from the greeting itself ("Witam i dziękuję za list", "Witam serdecznie i
 * przesyłam …"), no greeting in its place makes Polish ("Szanowna Pani, i dziękuję"), so the
 * finding offers no text there (contract § 9).
 */
import { defineRule } from '../types';
import { openingGreeting, suggestGreetingPhrase } from '../greeting';
import { textLanguage } from './data/language-hints';

/**
 * A conjunction as the first or second word after "Witam" joins another verb to the greeting
 * ("Witam i dziękuję", "Witam serdecznie i przesyłam"); "Witam serdecznie przypominam" is a
 * greeting and a sentence, which a comma keeps apart.
 */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['i', 'oraz', 'a', 'ale', 'lecz']);

function continuesTheGreeting(text: string, end: number): boolean {
  const next = /^[ \t\u00a0]*(\p{L}+)(?:[ \t\u00a0]+(\p{L}+))?/u.exec(text.slice(end, end + 60));
  return next !== null && (CONJUNCTIONS.has(next[1].toLocaleLowerCase('pl')) || CONJUNCTIONS.has((next[2] ?? '').toLocaleLowerCase('pl')));
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
  check(message, { body, isExternal, firstNames }) {
    const greeting = openingGreeting(body);
    if (!greeting || greeting.form !== 'informal') return [];
    const suggestion = suggestGreetingPhrase(message, textLanguage(body.words), isExternal, firstNames);
    const { start, end, raw } = greeting;
    // "Witam uprzejmie informuję" ran the greeting into the sentence: a comma keeps them apart.
    const after = body.text.slice(end, end + 8);
    const runsOn = /^[ \t\u00a0]*[\p{L}\p{N}]/u.test(after);
    // "Witam" alone on its line: a letter's greeting line ends with a comma ("Szanowny Panie,").
    const endsLine = /^[ \t\u00a0]*(?:\r?\n|$)/.test(after);
    if (runsOn && continuesTheGreeting(body.text, end)) return [{ messageId: 'greeting-informal/informal', data: { greeting: raw, suggestion }, location: { field: 'body', start, end } }];
    return [
      {
        messageId: 'greeting-informal/informal',
        data: { greeting: raw, suggestion },
        location: { field: 'body', start, end },
        fix: { kind: 'replaceText', field: 'body', start, end, from: raw, to: runsOn || endsLine ? `${suggestion},` : suggestion },
      },
    ];
  },
});
