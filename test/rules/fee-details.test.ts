import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/fee-details';

const citizen = { name: 'Katarzyna Zając', address: 'k.zajac@o2.pl' };
const clerk = { name: 'Piotr Malinowski', address: 'p.malinowski@um.kamiennagora.pl' };
const sender = { name: 'Piotr Malinowski', position: 'Inspektor', department: 'Wydział Architektury' };

/** A reply in plain text with a typed signature and the citizen's question quoted below. */
function reply(own: string, quoted = 'Dzień dobry,\nile wynosi opłata za wypis z planu i jak mogę ją uiścić? Czy mogę zapłacić kartą?\nKatarzyna Zając') {
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: 'RE: Wypis i wyrys z planu miejscowego',
    bodyText: `Szanowna Pani,\n${own}\n\nZ poważaniem\nPiotr Malinowski\nInspektor\nWydział Architektury\ntel. 75 645 01 23\n\nDnia 18.11.2026 o 14:02 Katarzyna Zając <k.zajac@o2.pl> napisał(a):\n> ${quoted.split('\n').join('\n> ')}`,
  };
}

const ACCOUNT = 'PL 61 1090 1014 0000 0712 1981 2874';

ruleTester(rule, {
  valid: [
    { name: 'amount and account number', message: reply(`opłata za wypis wynosi 50 zł. Proszę ją wpłacić na rachunek Urzędu Miasta: ${ACCOUNT}.`) },
    { name: 'amount in PLN and payment at the cash desk', message: reply('opłatę skarbową w wysokości 17,00 PLN można uiścić w kasie urzędu (parter, pokój 4).') },
    { name: 'amount in złotych and a transfer', message: reply('należność wynosi 120 złotych i można ją zapłacić przelewem, w tytule proszę wpisać znak sprawy.') },
    { name: 'bare 26-digit account number, amount in another sentence', message: reply('Proszę o wpłatę kwoty 17 zł.\nNumer rachunku: 61109010140000071219812874') },
    { name: 'BLIK', message: reply('Opłata wynosi 10 zł, zapłaci ją Pani BLIK-iem w aplikacji banku.') },
    { name: 'card in the office', message: reply('Opłata wynosi 10 zł, można ją zapłacić na miejscu kartą.') },
    { name: 'exempt: zwolnione z opłaty', message: reply('wypis dla celów budowy domu jednorodzinnego jest zwolniony z opłaty skarbowej.') },
    { name: 'exempt: bez opłat', message: reply('zaświadczenie wydajemy bez opłat.') },
    { name: 'exempt: nie podlega opłacie', message: reply('wniosek o udostępnienie informacji publicznej nie podlega opłacie.') },
    { name: 'exempt: opłata nie jest pobierana', message: reply('w tej sprawie opłata nie jest pobierana.') },
    { name: 'exempt: nie mają Państwo obowiązku uiszczania opłaty', message: reply('w tej sytuacji nie mają Państwo obowiązku uiszczania opłaty skarbowej.') },
    { name: 'confirming a payment already received', message: reply('dziękujemy za wpłatę, zaświadczenie wyślemy pocztą.') },
    { name: 'the fee is only asked about in the quoted thread', message: reply('wypis będzie gotowy do odbioru w pokoju 12 w czwartek.') },
    { name: 'no fee at all, a Christmas wafer meeting', message: reply('zapraszamy na spotkanie opłatkowe mieszkańców 18 grudnia o 17:00.') },
    {
      name: 'Outlook HTML: amount and account given',
      message: {
        from: clerk,
        to: [citizen],
        composeType: 'new' as const,
        subject: 'Opłata za wypis',
        bodyHtml: `<html><body><p>Szanowna Pani,</p><p>opłata wynosi <b>50&nbsp;zł</b>. Proszę ją wpłacić na konto Urzędu Miasta ${ACCOUNT}.</p><p>Z poważaniem</p></body></html>`,
      },
    },
  ],
  invalid: [
    {
      name: 'issue 16: no way to pay, and the policy holds the office\'s account: written after the request',
      message: reply('przed odbiorem wypisu proszę wpłacić opłatę w wysokości 50 zł.'),
      policy: { organization: { name: 'Urząd Miasta Kamienna Góra', accounts: [ACCOUNT] } },
      errors: [{ messageId: 'method', fix: { kind: 'replaceText', field: 'body', start: 74, end: 77, from: 'zł.', to: `zł. Opłatę można wpłacić na rachunek urzędu nr ${ACCOUNT}.`, label: 'addFeeAccount' } }],
    },
    { name: 'no account in the policy: no fix', message: reply('przed odbiorem wypisu proszę wpłacić opłatę w wysokości 50 zł.'), errors: [{ messageId: 'method', fix: null }] },
    { name: 'no amount, no method', message: reply('przed wydaniem wypisu proszę uiścić opłatę.'), errors: [{ messageId: 'amount', at: 'uiścić', data: { word: 'uiścić' }, fix: null }, { messageId: 'method', at: 'uiścić' }] },
    { name: 'amount given, method missing', message: reply('opłata skarbowa wynosi 17 zł.'), errors: [{ messageId: 'method', at: 'opłata' }] },
    { name: 'method given, amount missing', message: reply(`proszę wpłacić należność na rachunek ${ACCOUNT}.`), errors: [{ messageId: 'amount', at: 'wpłacić' }] },
    { name: 'a number without a currency is no amount', message: reply('proszę zapłacić przelewem w ciągu 14 dni.'), errors: [{ messageId: 'amount', at: 'zapłacić' }] },
    { name: 'należność, inflected', message: reply('do dnia 30 listopada proszę uregulować należności wobec gminy.'), errors: [{ messageId: 'amount', at: 'należności' }, { messageId: 'method', at: 'należności' }] },
    { name: 'wpłata, amount only', message: reply('wpłata 82 zł jest warunkiem wydania dokumentu.'), errors: [{ messageId: 'method', at: 'wpłata' }] },
    { name: 'typed without Polish letters', message: reply('prosze zaplacic oplate 17 zl.'), errors: [{ messageId: 'method', at: 'zaplacic' }] },
    { name: 'amount only in the quoted thread does not count', message: reply('proszę wpłacić opłatę przelewem.', 'Czy opłata to 17 zł?'), errors: [{ messageId: 'amount', at: 'wpłacić' }] },
    { name: 'method only in the quoted thread does not count', message: reply('opłata wynosi 50 zł.', `Czy mogę zapłacić na rachunek ${ACCOUNT}?`), errors: [{ messageId: 'method', at: 'opłata' }] },
    { name: 'an exempt sentence does not hide a later request', message: reply('wypis jest zwolniony z opłaty skarbowej. Za wyrys trzeba jednak zapłacić.'), errors: [{ messageId: 'amount', at: 'zapłacić' }, { messageId: 'method', at: 'zapłacić' }] },
    {
      name: 'a new message in Outlook HTML with a vehicle card fee',
      message: {
        from: clerk,
        to: [citizen],
        composeType: 'new' as const,
        subject: 'Rejestracja pojazdu',
        bodyHtml: '<html><body><p>Szanowna Pani,</p><p>przy odbiorze dowodu należy wnieść opłatę za kartę pojazdu w wysokości 75 zł.</p><p>Z poważaniem</p></body></html>',
      },
      errors: [{ messageId: 'method', at: 'opłatę' }],
    },
  ],
});
