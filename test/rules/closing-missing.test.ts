import { rule } from '../../src/engine/rules/closing-missing';
import { ruleTester } from '../support/rule-tester';

const citizen = { name: 'Jan Nowak', address: 'jan.nowak@wp.pl' };
const clerk = { name: 'Anna Wiśniewska', address: 'a.wisniewska@powiat.example.pl' };
const sender = { name: 'Anna Wiśniewska', position: 'Inspektor', department: 'Wydział Komunikacji', phone: '77 405 27 31' };
const typedSignature = 'Anna Wiśniewska\nInspektor\nWydział Komunikacji\nStarostwo Powiatowe w Kędzierzynie-Koźlu\ntel. 77 405 27 31';
const markedShort = '<div id="etykieta-signature" class="etykieta-signature" data-variant="short"><p>Anna Wiśniewska<br>Inspektor<br>Wydział Komunikacji, Starostwo Powiatowe<br>tel. 77 405 27 31</p></div>';
const outlookQuote = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@wp.pl&gt;<br><b>Wysłane:</b> poniedziałek, 16 listopada 2026 10:12<br><b>Temat:</b> Rejestracja pojazdu</div><div>Dzień dobry, kiedy odbiorę dowód rejestracyjny?</div><div>Z poważaniem</div><div>Jan Nowak</div>';
const base = { from: clerk, to: [citizen], sender, subject: 'Dowód rejestracyjny – znak KT.5410.88.2026' };

ruleTester(rule, {
  valid: [
    { name: 'formal closing before a typed signature', message: { ...base, bodyText: `Szanowny Panie,\ndowód rejestracyjny jest do odbioru w pokoju 12.\n\nZ poważaniem\n${typedSignature}` } },
    {
      name: 'Outlook reply: closing before our short signature, quoted thread below',
      message: { ...base, composeType: 'reply', bodyHtml: `<div>Szanowny Panie,</div><div>dowód jest do odbioru od jutra.</div><div>Z wyrazami szacunku</div>${markedShort}${outlookQuote}` },
    },
    { name: 'closing with a comma', message: { ...base, bodyText: `Dzień dobry,\nprzesyłam skan decyzji.\n\nPozdrawiam serdecznie,\n${typedSignature}` } },
    { name: 'closing and name on one line', message: { ...base, bodyText: 'Dzień dobry,\ntermin został przesunięty na 30 listopada.\n\nPozdrawiam, Anna Wiśniewska' } },
    { name: 'English closing', message: { ...base, bodyText: `Dear Mr Smith,\nplease find the decision attached.\n\nKind regards,\n${typedSignature}` } },
    { name: 'informal closing is closing-informal\'s finding, not this one', message: { ...base, bodyText: 'Cześć Kasiu,\nprotokół w załączniku.\n\nPozdro\nAnia' } },
    { name: 'closing followed by a name the parser did not take for a signature', message: { ...base, sender: undefined, bodyText: 'Szanowni Państwo,\nw załączeniu protokół z sesji.\n\nŁączę wyrazy szacunku\nAnna Wiśniewska' } },
    { name: 'bare forward: nothing written, nothing to close', message: { ...base, composeType: 'forward', bodyText: '\n\n-----Original Message-----\nFrom: Jan Nowak <jan.nowak@wp.pl>\nSent: Monday\nSubject: Wniosek\n\nProszę o zaświadczenie.' } },
    {
      name: 'issue 14.1: "Pozdrawiam" ending the last paragraph (typed lines that HTML joins) is a closing',
      message: { ...base, sender: undefined, bodyHtml: '<html><body>Witam\n\nuprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.\n\nPozdrawiam</body></html>' },
    },
    { name: '"… Z wyrazami szacunku." ending the last paragraph', message: { ...base, sender: undefined, bodyText: 'Dzień dobry,\nodpowiemy do końca miesiąca. Z wyrazami szacunku.' } },
    { name: '"Dziękuję i pozdrawiam" is a courteous closing', message: { ...base, bodyText: `Dzień dobry,\nproszę o uzupełnienie wniosku o kopię dowodu.\n\nDziękuję i pozdrawiam\n${typedSignature}` } },
    // Real letters (SPEC § 2.1 "What offices really write").
    { name: '"Z Poważaniem" with a capital P', message: { ...base, bodyText: `Szanowny Panie,\ndowód rejestracyjny jest do odbioru w pokoju 12.\n\nZ Poważaniem\n${typedSignature}` } },
    { name: '"Z WYRAZAMI SZACUNKU" in capitals', message: { ...base, bodyText: `Szanowny Panie,\ndowód rejestracyjny jest do odbioru w pokoju 12.\n\nZ WYRAZAMI SZACUNKU\n${typedSignature}` } },
    { name: 'closing after the "--" separator that opens the signature', message: { ...base, sender: undefined, bodyText: 'Dzień dobry,\nprzesyłam skan decyzji.\n\n--\nPozdrawiam\nEwa Nowak\ntel. 77 405 27 31' } },
    { name: 'closing after the "-- " separator, with the sender known', message: { ...base, bodyText: `Dzień dobry,\nprzesyłam skan decyzji.\n\n-- \nZ poważaniem\n${typedSignature}` } },
    { name: 'closing ending the last paragraph', message: { ...base, sender: undefined, bodyText: 'Szanowny Panie,\nPana wniosek jest w trakcie rozpatrywania, odpowiemy do końca miesiąca. Z wyrazami szacunku.\nJan Nowak\nInspektor' } },
    { name: 'closing ending the last paragraph, no signature', message: { ...base, sender: undefined, bodyText: 'Szanowny Panie,\nodpowiemy do końca miesiąca. Z wyrazami szacunku.' } },
    { name: 'closing ending the last paragraph after a question', message: { ...base, bodyText: `Dzień dobry,\nczy może Pan przyjść w czwartek? Pozdrawiam serdecznie\n\n${typedSignature}` } },
  ],
  invalid: [
    { name: 'ends with thanks only', message: { ...base, bodyText: `Szanowny Panie,\nproszę o przesłanie kopii umowy.\nDziękuję.\n\n${typedSignature}` }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
    {
      name: 'Outlook reply: the closing is only in the quoted thread',
      message: { ...base, composeType: 'reply', bodyHtml: `<div>Szanowny Panie,</div><div>dowód jest do odbioru od jutra.</div>${markedShort}${outlookQuote}` },
      errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }],
    },
    {
      name: 'English text gets an English closing',
      message: { ...base, to: [{ name: 'John Smith', address: 'john.smith@example.com' }], bodyText: `Dear Mr Smith,\nthank you for your letter. We will reply within one month.\n\n${typedSignature}` },
      errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Kind regards' } }],
    },
    { name: 'no closing and no signature', message: { ...base, sender: undefined, bodyText: 'Dzień dobry,\nzebranie odbędzie się w sali nr 5.' }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
    { name: 'the closing words inside a sentence do not count', message: { ...base, bodyText: `Szanowny Panie,\nprzyjmuję z poważaniem Pana uwagi i przekażę je kierownikowi.\n\n${typedSignature}` }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
    {
      name: 'plain-text reply with "> " quote that holds the only closing',
      message: { ...base, composeType: 'reply', bodyText: `Dzień dobry,\nodpowiedź w treści pisma.\n\n${typedSignature}\n\n> Proszę o informację.\n> Pozdrawiam\n> Jan Nowak` },
      errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }],
    },
    { name: 'typed "-- " signature without a closing', message: { ...base, sender: undefined, bodyText: 'Szanowna Pani,\nwniosek został rozpatrzony pozytywnie.\n\n-- \nAnna Wiśniewska\nWydział Komunikacji' }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
    {
      name: 'new HTML message with the full signature, own text ends with a question',
      message: { ...base, bodyHtml: '<p>Szanowni Państwo,</p><p>czy mogą Państwo potwierdzić termin spotkania?</p><div id="etykieta-signature" class="etykieta-signature" data-variant="full"><p>Anna Wiśniewska<br>Inspektor</p></div>' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }],
    },
    { name: 'closing far above the end of the text does not count', message: { ...base, bodyText: 'Pozdrawiam\nW nawiązaniu do rozmowy:\n1. wniosek,\n2. kopia dowodu,\n3. pełnomocnictwo,\n4. potwierdzenie opłaty.' }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
    {
      name: 'closing words ending a sentence in the middle of the text do not count',
      message: { ...base, bodyText: `Szanowny Panie,\nna końcu pisma napisał Pan: Z poważaniem. Wniosek rozpatrzymy w ciągu miesiąca i prześlemy decyzję.\n\n${typedSignature}` },
      errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }],
    },
    { name: 'a "--" separator followed by a name, no closing', message: { ...base, sender: undefined, bodyText: 'Dzień dobry,\nprzesyłam skan decyzji.\n\n--\nEwa Nowak\ntel. 77 405 27 31' }, errors: [{ messageId: 'missing', fix: { kind: 'insertClosing', text: 'Z poważaniem' } }] },
  ],
});
