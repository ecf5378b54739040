import { rule } from '../../src/engine/rules/greeting-mismatch';
import { ruleTester } from '../support/rule-tester';
import type { Fix } from '../../src/engine/types';
import { COMPACT_FIRST_NAMES } from '../../src/engine/greeting/first-name-table';

const clerk = { name: 'Ewa Mazur', address: 'e.mazur@starostwo.example.pl' };
const anna = { name: 'Kowalska Anna', address: 'anna.kowalska@gmail.com' };
const piotr = { name: 'Nowak Piotr', address: 'pnowak@wp.pl' };
const jan = { name: 'KOWALSKI Jan', address: 'jan.kowalski@o2.pl' };
const secretariat = { name: 'Sekretariat', address: 'sekretariat@ug.example.pl' };
const base = { from: clerk, to: [anna], subject: 'Pozwolenie na budowę – AB.6740.212.2026' };
const text = (greeting: string) => `${greeting}\nw sprawie pozwolenia na budowę informuję, że decyzja jest do odbioru w pokoju 21.\n\nZ poważaniem\nEwa Mazur\nWydział Architektury i Budownictwa`;
const replace = (from: string, to: string): Fix => ({ kind: 'replaceText', field: 'body', start: 0, end: from.length, from, to });
const person = (name: string) => ({ name, address: 'adresat@o2.pl' });
const outlookReply = (own: string) =>
  `<div>${own}</div><div>decyzja jest do odbioru od jutra.</div><div>Z poważaniem</div><div>Ewa Mazur</div>` +
  `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Olena Kovalenko &lt;olena.kovalenko@ukr.net&gt;<br><b>Wysłane:</b> wtorek, 17 listopada 2026 11:20<br><b>Temat:</b> Pozwolenie na budowę</div>` +
  '<div>Szanowny Panie Kowalski,</div><div>proszę o informację o decyzji.</div><div>Olena Kovalenko</div>';

ruleTester(rule, {
  valid: [
    { name: '"Szanowna Pani" to a woman ("Nazwisko Imię")', message: { ...base, bodyText: text('Szanowna Pani,') } },
    { name: '"Szanowny Panie" to a man ("Nazwisko Imię")', message: { ...base, to: [piotr], bodyText: text('Szanowny Panie,') } },
    { name: '"Szanowni Państwo" to one person', message: { ...base, bodyText: text('Szanowni Państwo,') } },
    { name: '"Dzień dobry" to two people', message: { ...base, to: [anna, piotr], bodyText: text('Dzień dobry,') } },
    { name: 'title: "Szanowna Pani Dyrektor" to the director\'s assistant', message: { ...base, to: [jan], bodyText: text('Szanowna Pani Dyrektor,') } },
    { name: 'title: "Szanowny Panie Mecenasie" to a law office', message: { ...base, to: [{ name: 'Kancelaria Radcy Prawnego', address: 'kancelaria@radca.example.pl' }], bodyText: text('Szanowny Panie Mecenasie,') } },
    { name: 'name of unknown gender', message: { ...base, to: [{ name: 'Robin Mazur', address: 'robin.mazur@o2.pl' }], bodyText: text('Szanowna Pani,') } },
    { name: 'office mailbox', message: { ...base, to: [secretariat], bodyText: text('Szanowna Pani,') } },
    { name: 'a woman and a secretariat in To: one person', message: { ...base, to: [anna, secretariat], bodyText: text('Szanowna Pani,') } },
    { name: 'Cc does not count: one man in To', message: { ...base, to: [jan], cc: [anna, piotr], bodyText: text('Szanowny Panie,') } },
    { name: 'first name in the vocative is no surname', message: { ...base, to: [piotr], bodyText: text('Szanowny Panie Piotrze,') } },
    { name: '"Kuba" is a man', message: { ...base, to: [{ name: 'Kuba Wróbel', address: 'kuba.wrobel@gmail.com' }], bodyText: text('Szanowny Panie,') } },
    { name: 'Ukrainian woman', message: { ...base, to: [{ name: 'Oksana Shevchenko', address: 'oksana.shevchenko@ukr.net' }], bodyText: text('Szanowna Pani,') } },
    {
      name: 'Outlook reply: the quoted greeting with a surname is not ours',
      message: { ...base, composeType: 'reply', to: [{ name: 'Olena Kovalenko', address: 'olena.kovalenko@ukr.net' }], bodyHtml: outlookReply('Szanowna Pani,') },
    },
    { name: '"Szanowna Pani/Panie" suits either gender', message: { ...base, to: [piotr], bodyText: text('Szanowna Pani/Panie,') } },
    { name: 'informal greeting is greeting-informal\'s finding', message: { ...base, to: [piotr], bodyText: text('Witam,') } },
    // Issue 20: names in -a that the PESEL register gives to men (these fired, with a wrong fix).
    ...['Nowak, Mikita', 'Luca Nowak', 'Zaza Nowak', 'Nowak, Musa', 'Mustafa Nowak', 'Nowak Illia'].map((name) => ({
      name: `register: ${name} is a man ("Szanowny Panie")`,
      message: { ...base, to: [person(name)], bodyText: text('Szanowny Panie,') },
    })),
    ...['Ines Nowak', 'Nowak Nel', 'Naomi Nowak', 'Nowak, Zoe', 'Astrid Nowak', 'Nikol Nowak'].map((name) => ({
      name: `register: ${name} is a woman ("Szanowna Pani")`,
      message: { ...base, to: [person(name)], bodyText: text('Szanowna Pani,') },
    })),
    // Nika: about 1,800 women and 1,100 men. Nothing tells, so neither greeting is questioned.
    { name: 'register: "Nowak, Nika" with "Szanowny Panie"', message: { ...base, to: [person('Nowak, Nika')], bodyText: text('Szanowny Panie,') } },
    { name: 'register: "Nowak, Nika" with "Szanowna Pani"', message: { ...base, to: [person('Nowak, Nika')], bodyText: text('Szanowna Pani,') } },
    { name: 'register: "Nika Kowalska": the surname tells', message: { ...base, to: [person('Nika Kowalska')], bodyText: text('Szanowna Pani,') } },
    { name: 'register: "Bonawentura" is borne by both sexes; "Zieliński" tells', message: { ...base, to: [{ name: 'Bonawentura Zieliński', address: 'b.zielinski@onet.pl' }], bodyText: text('Szanowny Panie,') } },
    { name: 'a man\'s form the register lacks: "Józek Nowak"', message: { ...base, to: [person('Józek Nowak')], bodyText: text('Szanowny Panie,') } },
    { name: '"Sowa" is no -owa surname: "Robin Sowa"', message: { ...base, to: [person('Robin Sowa')], bodyText: text('Szanowny Panie,') } },
    { name: 'register: "Jakaria" is borne by 4 men ("Szanowny Panie")', message: { ...base, to: [person('Jakaria Nowak')], bodyText: text('Szanowny Panie,') } },
    // A surname that a few people bear as a first name; Outlook's comma still says which word is the given name.
    ...[
      ['Krupa Piotr', 'Szanowny Panie'],
      ['Lis Jan', 'Szanowny Panie'],
      ['Nowak, Lis', 'Szanowna Pani'],
    ].map(([name, greeting]) => ({ name: `surname that is a rare first name: ${name} with "${greeting}"`, message: { ...base, to: [person(name)], bodyText: text(`${greeting},`) } })),
    // Two established first names of both sexes: which one is the surname? Nothing is said.
    ...['Marek Anna', 'Gracjana Marek', 'Anna Marek'].flatMap((name) =>
      ['Szanowna Pani,', 'Szanowny Panie,'].map((greeting) => ({ name: `ambiguous: ${name} with "${greeting}"`, message: { ...base, to: [person(name)], bodyText: text(greeting) } })),
    ),
    // With the compact table alone (first-names.txt not loaded) a name it lacks says nothing, not even by its -a ending.
    ...['Jakaria Nowak', 'Madzia Nowak', 'Nowak, Bijendra'].map((name) => ({
      name: `compact table only: "${name}" with "Szanowny Panie"`,
      message: { ...base, to: [person(name)], bodyText: text('Szanowny Panie,') },
      policy: { firstNames: COMPACT_FIRST_NAMES },
    })),
  ],
  invalid: [
    {
      name: 'issue 14.2: after the Bcc fix (sender in To, citizens in Bcc) a singular greeting is a number mismatch',
      message: { ...base, to: [clerk], bcc: [anna, piotr, jan], bodyText: text('Szanowny Panie,') },
      errors: [{ messageId: 'number', data: { count: 3 }, fix: replace('Szanowny Panie', 'Szanowni Państwo') }],
    },
    {
      name: 'gender: "Szanowny Panie" to a woman',
      message: { ...base, bodyText: text('Szanowny Panie,') },
      errors: [{ messageId: 'gender', at: 'Szanowny Panie', data: { greeting: 'Szanowny Panie', suggestion: 'Szanowna Pani', name: 'Kowalska Anna' }, fix: replace('Szanowny Panie', 'Szanowna Pani') }],
    },
    { name: 'gender: "Szanowna Pani" to a man', message: { ...base, to: [piotr], bodyText: text('Szanowna Pani,') }, errors: [{ messageId: 'gender', fix: replace('Szanowna Pani', 'Szanowny Panie') }] },
    { name: 'gender: "Bonawentura Zieliński": the surname tells', message: { ...base, to: [{ name: 'Bonawentura Zieliński', address: 'b.zielinski@onet.pl' }], bodyText: text('Szanowna Pani,') }, errors: [{ messageId: 'gender', fix: replace('Szanowna Pani', 'Szanowny Panie') }] },
    // Issue 20: missed before, the register tells.
    ...(
      [
        ['Nowak, Illia', 'Szanowna Pani', 'Szanowny Panie'],
        ['Joshua Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Mustafa Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Luca Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Nowak Hamza', 'Szanowna Pani', 'Szanowny Panie'],
        ['Attila Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Nowak, Mikita', 'Szanowna Pani', 'Szanowny Panie'],
        ['Zaza Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Nowak, Musa', 'Szanowna Pani', 'Szanowny Panie'],
        ['Ines Nowak', 'Szanowny Panie', 'Szanowna Pani'],
        ['Nowak Nel', 'Szanowny Panie', 'Szanowna Pani'],
        ['Naomi Nowak', 'Szanowny Panie', 'Szanowna Pani'],
        ['Nowak, Zoe', 'Szanowny Panie', 'Szanowna Pani'],
        ['Astrid Nowak', 'Szanowny Panie', 'Szanowna Pani'],
        ['Nikol Nowak', 'Szanowny Panie', 'Szanowna Pani'],
        // The register's whole table knows the rare names the compact one is cut before (211 women, 4 men, 78 men).
        ['Kasia Nowak', 'Szanowny Panie', 'Szanowna Pani'],
        ['Jakaria Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        ['Yannick Nowak', 'Szanowna Pani', 'Szanowny Panie'],
        // A surname that a few people bear as a first name (Krupa, Lis, Wilk): the established name is the given one.
        ['Krupa Piotr', 'Szanowna Pani', 'Szanowny Panie'],
        ['Lis Jan', 'Szanowna Pani', 'Szanowny Panie'],
        ['Anna Wilk', 'Szanowny Panie', 'Szanowna Pani'],
        ['Wilk Anna', 'Szanowny Panie', 'Szanowna Pani'],
      ] as const
    ).map(([name, written, agreeing]) => ({
      name: `register: ${name} with "${written}"`,
      message: { ...base, to: [person(name)], bodyText: text(`${written},`) },
      errors: [{ messageId: 'gender', data: { name, suggestion: agreeing }, fix: replace(written, agreeing) }],
    })),
    { name: 'register: "Nika Kowalska" with "Szanowny Panie": the surname tells', message: { ...base, to: [person('Nika Kowalska')], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'gender', fix: replace('Szanowny Panie', 'Szanowna Pani') }] },
    { name: 'surname form -owa: "Robin Nowakowa"', message: { ...base, to: [person('Robin Nowakowa')], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'gender', fix: replace('Szanowny Panie', 'Szanowna Pani') }] },
    { name: 'double surname: "Kim Nowak-Jeziorańska"', message: { ...base, to: [person('Kim Nowak-Jeziorańska')], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'gender', fix: replace('Szanowny Panie', 'Szanowna Pani') }] },
    {
      name: 'only the -a ending says "woman" ("Madzia", a form the register does not hold): asked, no text offered',
      message: { ...base, to: [person('Madzia Nowak')], bodyText: text('Szanowny Panie,') },
      errors: [{ messageId: 'gender-guess', at: 'Szanowny Panie', data: { name: 'Madzia Nowak', suggestion: 'Szanowna Pani' }, fix: null }],
    },
    { name: 'compact table only: a name it holds still tells ("Luca Nowak")', message: { ...base, to: [person('Luca Nowak')], bodyText: text('Szanowna Pani,') }, policy: { firstNames: COMPACT_FIRST_NAMES }, errors: [{ messageId: 'gender', fix: replace('Szanowna Pani', 'Szanowny Panie') }] },
    { name: 'gender: Outlook "Kowalska, Anna"', message: { ...base, to: [{ name: 'Kowalska, Anna', address: 'akowalska@interia.pl' }], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'gender', fix: replace('Szanowny Panie', 'Szanowna Pani') }] },
    { name: 'gender: address only, name in the address', message: { ...base, to: [{ address: 'ewa.lis@interia.pl' }], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'gender', data: { name: 'ewa.lis@interia.pl' }, fix: replace('Szanowny Panie', 'Szanowna Pani') }] },
    {
      name: 'gender: Outlook reply to a Ukrainian woman',
      message: { ...base, composeType: 'reply', to: [{ name: 'Olena Kovalenko', address: 'olena.kovalenko@ukr.net' }], bodyHtml: outlookReply('Szanowny Panie,') },
      errors: [{ messageId: 'gender', at: 'Szanowny Panie', fix: replace('Szanowny Panie', 'Szanowna Pani') }],
    },
    { name: 'number: singular to two people', message: { ...base, to: [anna, piotr], bodyText: text('Szanowna Pani,') }, errors: [{ messageId: 'number', data: { count: 2 }, fix: replace('Szanowna Pani', 'Szanowni Państwo') }] },
    {
      name: 'number: three people and a secretariat (the mailbox is no person)',
      message: { ...base, to: [anna, piotr, jan, secretariat], bodyText: text('Szanowny Panie,') },
      errors: [{ messageId: 'number', data: { count: 3, suggestion: 'Szanowni Państwo' }, fix: replace('Szanowny Panie', 'Szanowni Państwo') }],
    },
    { name: 'number: people of unknown gender still count', message: { ...base, to: [{ address: 'jk1977@wp.pl' }, { address: 'mm.1980@o2.pl' }], bodyText: text('Szanowny Panie,') }, errors: [{ messageId: 'number', data: { count: 2 }, fix: replace('Szanowny Panie', 'Szanowni Państwo') }] },
    {
      name: 'surname: "Szanowny Panie Kowalski"',
      message: { ...base, to: [jan], bodyText: text('Szanowny Panie Kowalski,') },
      errors: [{ messageId: 'surname', at: 'Szanowny Panie Kowalski', data: { surname: 'Kowalski', suggestion: 'Szanowny Panie' }, fix: replace('Szanowny Panie Kowalski', 'Szanowny Panie') }],
    },
    { name: 'surname: "Szanowna Pani Kowalska"', message: { ...base, bodyText: text('Szanowna Pani Kowalska,') }, errors: [{ messageId: 'surname', fix: replace('Szanowna Pani Kowalska', 'Szanowna Pani') }] },
    { name: 'surname: first name and surname', message: { ...base, bodyText: text('Szanowna Pani Anno Kowalska,') }, errors: [{ messageId: 'surname', data: { surname: 'Kowalska' }, fix: replace('Szanowna Pani Anno Kowalska', 'Szanowna Pani') }] },
    { name: 'surname: wrong to anyone, also to a secretariat', message: { ...base, to: [secretariat], bodyText: text('Szanowny Panie Nowak,') }, errors: [{ messageId: 'surname', fix: replace('Szanowny Panie Nowak', 'Szanowny Panie') }] },
    {
      name: 'gender and surname together: one finding, one fix for both',
      message: { ...base, bodyText: text('Szanowny Panie Kowalski,') },
      errors: [{ messageId: 'gender', fix: replace('Szanowny Panie Kowalski', 'Szanowna Pani') }],
    },
  ],
});
