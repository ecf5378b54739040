import { rule } from '../../src/engine/rules/greeting-informal';
import { ruleTester } from '../support/rule-tester';
import type { Fix } from '../../src/engine/types';

const clerk = { name: 'Tomasz Lis', address: 't.lis@um.example.pl' };
const anna = { name: 'Kowalska Anna', address: 'anna.kowalska@gmail.com' };
const piotr = { name: 'Piotr Nowak', address: 'pnowak@wp.pl' };
const secretariat = { name: 'Sekretariat Szkoły Podstawowej nr 2', address: 'sekretariat@sp2.example.pl' };
const base = { from: clerk, to: [anna], subject: 'Karta Dużej Rodziny – wniosek SO.5230.17.2026' };
const replace = (start: number, from: string, to: string): Fix => ({ kind: 'replaceText', field: 'body', start, end: start + from.length, from, to });
const quoted = (greeting: string) =>
  `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna.kowalska@gmail.com&gt;<br><b>Wysłane:</b> czwartek, 19 listopada 2026 18:03<br><b>Temat:</b> Karta Dużej Rodziny</div>` +
  `<div>${greeting}</div><div>kiedy mogę odebrać kartę?</div><div>Anna</div>`;

ruleTester(rule, {
  valid: [
    { name: '"Dzień dobry" is acceptable', message: { ...base, bodyText: 'Dzień dobry,\nkarta jest do odbioru w pokoju 3.\n\nZ poważaniem\nTomasz Lis' } },
    { name: 'formal greeting', message: { ...base, bodyText: 'Szanowna Pani,\nkarta jest do odbioru w pokoju 3.\n\nZ poważaniem\nTomasz Lis' } },
    { name: '"Dobry wieczór"', message: { ...base, bodyText: 'Dobry wieczór,\nodpowiadam na pytanie z czatu.\n\nZ poważaniem\nTomasz Lis' } },
    { name: 'Outlook reply: "Witam" only in the quoted message', message: { ...base, composeType: 'reply', bodyHtml: `<div>Dzień dobry,</div><div>karta jest do odbioru od poniedziałku.</div><div>Z poważaniem</div>${quoted('Witam,')}` } },
    { name: 'plain-text reply: "Cześć" only after "> "', message: { ...base, composeType: 'reply', bodyText: 'Szanowna Pani,\nkarta jest gotowa.\n\nZ poważaniem\nTomasz Lis\n\n> Cześć,\n> kiedy karta?\n> Ania' } },
    { name: 'English "Dear …"', message: { ...base, to: [{ name: 'John Smith', address: 'john.smith@example.com' }], bodyText: 'Dear Mr Smith,\nyour card is ready.\n\nKind regards\nTomasz Lis' } },
    { name: 'English "Hello"', message: { ...base, bodyText: 'Hello,\nyour card is ready.\n\nKind regards\nTomasz Lis' } },
    { name: 'mailing that opens with "Szanowni Państwo"', message: { ...base, to: [], bcc: [anna, piotr], bodyText: 'Szanowni Państwo,\nprzypominamy o przedłużeniu kart.\n\nZ poważaniem\nTomasz Lis' } },
    { name: '"Witam" later in the text is no opening', message: { ...base, bodyText: 'Dzień dobry,\nWitam w imieniu zespołu nowego pracownika, p. Ewę Lis.\n\nZ poważaniem\nTomasz Lis' } },
    { name: 'a name that only begins like "Yo"', message: { ...base, bodyText: 'Yolanda Kowalska złożyła wniosek o kartę.\n\nZ poważaniem\nTomasz Lis' } },
    { name: 'no greeting at all is greeting-missing\'s finding', message: { ...base, bodyText: 'Karta jest do odbioru w pokoju 3.\n\nZ poważaniem\nTomasz Lis' } },
    { name: '"Hilary" is no "Hi"', message: { ...base, bodyText: 'Hilary Nowak odebrał kartę w Pani imieniu.\n\nZ poważaniem\nTomasz Lis' } },
  ],
  invalid: [
    // Issue 14.3: "Szanowna Pani i dziękuję …" is no Polish: where the greeting runs into the sentence, no text is offered.
    {
      name: '"Witam i dziękuję za wiadomość": the greeting runs into the sentence, no fix',
      message: { ...base, bodyText: 'Witam i dziękuję za wiadomość z 3 listopada.\nKarta jest do odbioru w pokoju 3.\n\nZ poważaniem\nTomasz Lis' },
      errors: [{ messageId: 'informal', at: 'Witam', data: { suggestion: 'Szanowna Pani' }, fix: null }],
    },
    {
      name: '"Witam serdecznie i przesyłam …" to a man: no fix',
      message: { ...base, to: [piotr], bodyText: 'Witam serdecznie i przesyłam informację o karcie.\n\nZ poważaniem\nTomasz Lis' },
      errors: [{ messageId: 'informal', fix: null }],
    },
    { name: '"Witam" alone on its line (no comma): replaced, and the greeting line gets its comma', message: { ...base, bodyText: 'Witam\nkarta jest do odbioru w pokoju 3.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam', 'Szanowna Pani,') }] },
    {
      name: '"Witam," to a woman ("Nazwisko Imię"): the comma stays',
      message: { ...base, bodyText: 'Witam,\nkarta jest do odbioru w pokoju 3.\n\nPozdrawiam\nTomasz Lis' },
      errors: [{ messageId: 'informal', at: 'Witam', data: { greeting: 'Witam', suggestion: 'Szanowna Pani' }, fix: replace(0, 'Witam', 'Szanowna Pani') }],
    },
    { name: '"Witam serdecznie!" to a man', message: { ...base, to: [piotr], bodyText: 'Witam serdecznie!\nKarta jest gotowa.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam serdecznie', 'Szanowny Panie') }] },
    { name: '"Witam Pana," to a man', message: { ...base, to: [piotr], bodyText: 'Witam Pana,\nkarta jest gotowa.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam Pana', 'Szanowny Panie') }] },
    { name: '"Witam Państwa," to two citizens', message: { ...base, to: [anna, piotr], bodyText: 'Witam Państwa,\nkarty są gotowe.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam Państwa', 'Szanowni Państwo') }] },
    { name: '"Hej Aniu," drops the first name too', message: { ...base, bodyText: 'Hej Aniu,\nkarta czeka w pokoju 3.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', at: 'Hej Aniu', fix: replace(0, 'Hej Aniu', 'Szanowna Pani') }] },
    { name: '"Cześć" to a school secretariat', message: { ...base, to: [secretariat], bodyText: 'Cześć,\nprzesyłam listę uczniów.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Cześć', 'Dzień dobry') }] },
    {
      name: '"Hi John," in an English text',
      message: { ...base, to: [{ name: 'John Smith', address: 'john.smith@example.com' }], bodyText: 'Hi John,\nthank you for your e-mail. Your card is ready and you can collect it on Monday.\n\nKind regards\nTomasz Lis' },
      errors: [{ messageId: 'informal', fix: replace(0, 'Hi John', 'Dear Mr Smith') }],
    },
    {
      name: 'Outlook reply opening with "Witam," above a quote that says "Dzień dobry"',
      message: { ...base, composeType: 'reply', bodyHtml: `<div>Witam,</div><div>karta jest do odbioru od poniedziałku.</div><div>Z poważaniem</div>${quoted('Dzień dobry,')}` },
      errors: [{ messageId: 'informal', at: 'Witam', fix: replace(0, 'Witam', 'Szanowna Pani') }],
    },
    {
      name: 'Outlook HTML with an empty paragraph before "Witam" (the empty paragraph yields no text)',
      message: { ...base, bodyHtml: '<p>&nbsp;</p><p>Witam,</p><p>karta jest gotowa.</p><p>Pozdrawiam</p>' },
      errors: [{ messageId: 'informal', at: 'Witam', fix: replace(0, 'Witam', 'Szanowna Pani') }],
    },
    { name: '"Siema" to "Kuba"', message: { ...base, to: [{ name: 'Kuba Wróbel', address: 'kuba.wrobel@gmail.com' }], bodyText: 'Siema,\nkarta gotowa.\n\nTomasz' }, errors: [{ messageId: 'informal', fix: replace(0, 'Siema', 'Szanowny Panie') }] },
    {
      name: '"Hey there" in English to an unknown address',
      message: { ...base, to: [{ address: 'info@company.example.com' }], bodyText: 'Hey there,\nthe invoice is attached and we will send the card by post.\n\nKind regards\nTomasz Lis' },
      errors: [{ messageId: 'informal', fix: replace(0, 'Hey there', 'Dear Sir or Madam') }],
    },
    { name: '"Witajcie" to a mailing in Bcc', message: { ...base, to: [], bcc: [anna, piotr], bodyText: 'Witajcie,\nprzypominamy o przedłużeniu kart.\n\nZ poważaniem\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witajcie', 'Szanowni Państwo') }] },
    {
      name: '"Witam, …" with the text on the same line: only the greeting is replaced',
      message: { ...base, bodyText: 'Witam, w odpowiedzi na Pani e-mail informuję, że karta jest gotowa.\n\nZ poważaniem\nTomasz Lis' },
      errors: [{ messageId: 'informal', fix: replace(0, 'Witam', 'Szanowna Pani') }],
    },
    {
      name: 'issue 14.1: "Witam" running into "uprzejmie informuję" (typed lines that HTML joins): only "Witam" goes, a comma keeps the sentence apart',
      message: { ...base, to: [piotr], bodyHtml: '<html><body>Witam\n\nuprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.\n\nPozdrawiam</body></html>' },
      errors: [{ messageId: 'informal', at: 'Witam', data: { greeting: 'Witam', suggestion: 'Szanowny Panie' }, fix: replace(0, 'Witam', 'Szanowny Panie,') }],
    },
    {
      name: 'issue 14.1: "Witam" alone on its line above "uprzejmie informuję"',
      message: { ...base, to: [piotr], bodyHtml: '<div>Witam</div><div><br></div><div>uprzejmie informuję, że zaświadczenie jest gotowe.</div>' },
      errors: [{ messageId: 'informal', fix: replace(0, 'Witam', 'Szanowny Panie,') }],
    },
    { name: '"Witam uprzejmie," is one greeting', message: { ...base, to: [piotr], bodyText: 'Witam uprzejmie, w odpowiedzi na wniosek informuję, że karta jest gotowa.' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam uprzejmie', 'Szanowny Panie') }] },
    { name: '"Witam Państwa serdecznie," alone on its line', message: { ...base, to: [anna, piotr], bodyText: 'Witam Państwa serdecznie,\nkarty są gotowe.' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam Państwa serdecznie', 'Szanowni Państwo') }] },
    { name: '"Witam serdecznie przypominam" runs into the sentence', message: { ...base, to: [piotr], bodyText: 'Witam serdecznie przypominam o terminie.' }, errors: [{ messageId: 'informal', fix: replace(0, 'Witam', 'Szanowny Panie,') }] },
    { name: 'lower-case "witam" after a blank line', message: { ...base, bodyText: '\nwitam\nkarta jest gotowa.\n\nTomasz Lis' }, errors: [{ messageId: 'informal', fix: replace(1, 'witam', 'Szanowna Pani,') }] },
  ],
});
