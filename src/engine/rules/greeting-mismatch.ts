/**
 * The greeting agrees with the addressee (002 line 121: "odpowiednim do … osoby adresata";
 * standards.md: "Szanowna Pani" / "Szanowny Panie" / "Szanowni Państwo" without a surname).
 *
 * One finding per greeting, for its most serious problem, and the fix mends all of them:
 * - number: a singular form while two or more people read the letter (To, and the citizens in
 *   Bcc) -> "Szanowni Państwo".
 *   Shared mailboxes (sekretariat@, "Urząd Gminy") are no people: "Szanowna Pani" to Anna
 *   Kowalska with the secretariat beside her in To is fine;
 * - gender: "Szanowny Panie" to the one person in To whose name is female, or the reverse. When
 *   only the "-a" ending says so (a name the register's table does not hold: "Kasia", or a rare
 *   man's name such as "Jakaria"), the finding asks the clerk to check and offers no text;
 * - surname: "Szanowny Panie Kowalski" -> "Szanowny Panie". This is wrong whoever receives it,
 *   so it is reported whatever To holds.
 * Never reported: a name of unknown gender, a shared mailbox, "Szanowni Państwo",
 * "Dzień dobry", and greetings with a title ("Szanowna Pani Dyrektor"): the title names the
 * function the clerk writes to, which the To name need not show.
 */
import { defineRule, type Report } from '../types';
import { formalSingular, FORMAL_PLURAL, greetedPeople, openingGreeting } from '../greeting';

export const rule = defineRule({
  id: 'greeting-mismatch',
  meta: {
    category: 'courtesy',
    severity: 'warning',
    standard: { doc: '002', line: 121, cite: 'Wytyczne dla korespondencji e-mail: powitanie odpowiednie do osoby adresata' },
    docs: {
      pl: 'Powitanie zgadza się z adresatem: „Szanowna Pani” do kobiety, „Szanowny Panie” do mężczyzny, „Szanowni Państwo” do kilku osób, bez nazwiska.',
      en: 'The greeting agrees with the addressee: “Szanowna Pani” to a woman, “Szanowny Panie” to a man, “Szanowni Państwo” to several people, with no surname.',
    },
    messages: ['number', 'gender', 'gender-guess', 'surname'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body, isExternal, firstNames }) {
    const greeting = openingGreeting(body);
    if (!greeting || (greeting.form !== 'formal-f' && greeting.form !== 'formal-m') || greeting.title) return [];
    // The same people the suggestion greets (suggest.ts): after the Bcc fix, the citizens in Bcc.
    const people = greetedPeople(message, isExternal, firstNames);
    const written = greeting.form === 'formal-f' ? 'female' : 'male';
    const gender = people.length === 1 ? people[0].gender : undefined;
    const { start, end, raw } = greeting;

    let report: Pick<Report, 'messageId' | 'data'>;
    let to: string;
    if (people.length > 1) {
      to = FORMAL_PLURAL;
      report = { messageId: 'greeting-mismatch/number', data: { greeting: greeting.raw, suggestion: to, count: people.length } };
    } else if (gender && gender !== written) {
      to = formalSingular(gender);
      const recipient = people[0].recipient;
      const data = { greeting: greeting.raw, suggestion: to, name: recipient.name ?? recipient.address };
      if (people[0].guessed) return [{ messageId: 'greeting-mismatch/gender-guess', data, location: { field: 'body', start, end } }];
      report = { messageId: 'greeting-mismatch/gender', data };
    } else if (greeting.surname) {
      to = formalSingular(written);
      report = { messageId: 'greeting-mismatch/surname', data: { greeting: greeting.raw, suggestion: to, surname: greeting.surname } };
    } else {
      return [];
    }
    return [{ ...report, location: { field: 'body', start, end }, fix: { kind: 'replaceText', field: 'body', start, end, from: raw, to } }];
  },
});
