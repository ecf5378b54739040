import { rule } from '../../src/engine/rules/closing-informal';
import { ruleTester, runRule } from '../support/rule-tester';

const citizen = { name: 'Maria Kowalczyk', address: 'maria.kowalczyk@gmail.com' };
const clerk = { name: 'Tomasz Lis', address: 't.lis@ug.example.pl' };
const sender = { name: 'Tomasz Lis', position: 'Referent', department: 'Referat Podatków', phone: '77 482 10 11' };
const typedSignature = 'Tomasz Lis\nReferent\nReferat Podatków\nUrząd Gminy Reńska Wieś\ntel. 77 482 10 11';
const base = { from: clerk, to: [citizen], sender, subject: 'Podatek od nieruchomości – decyzja FN.3120.14.2026' };
const own = 'Dzień dobry,\ndecyzja w sprawie podatku jest do odbioru w kasie urzędu.\n\n';
const quoteHtml = '<div id="divRplyFwdMsg"><b>Od:</b> Maria Kowalczyk &lt;maria.kowalczyk@gmail.com&gt;<br><b>Wysłane:</b> 20 listopada 2026<br><b>Temat:</b> Podatek</div><div>Kiedy mogę odebrać decyzję?</div><div>Pozdro</div>';
const signatureHtml = '<div id="etykieta-signature" class="etykieta-signature" data-variant="short"><p>Tomasz Lis<br>Referent<br>Referat Podatków, Urząd Gminy Reńska Wieś<br>tel. 77 482 10 11</p></div>';

const at = (text: string, word: string) => text.indexOf(word);

ruleTester(rule, {
  valid: [
    { name: 'formal closing', message: { ...base, bodyText: `${own}Z poważaniem\n${typedSignature}` } },
    { name: '"Pozdrawiam" is semi-formal: nothing by default', message: { ...base, bodyText: `${own}Pozdrawiam\n${typedSignature}` } },
    { name: '"Pozdrawiam serdecznie," with a comma', message: { ...base, bodyText: `${own}Pozdrawiam serdecznie,\n${typedSignature}` } },
    { name: 'informal closing only in the quoted thread', message: { ...base, composeType: 'reply', bodyHtml: `<div>Dzień dobry,</div><div>decyzja jest do odbioru.</div><div>Z poważaniem</div>${signatureHtml}${quoteHtml}` } },
    { name: '"Pa" as the start of a word in a sentence', message: { ...base, bodyText: `${own}Pan Kierownik przyjmuje we wtorki.\nZ poważaniem\n${typedSignature}` } },
    { name: 'English formal closing', message: { ...base, bodyText: `Dear Ms Brown,\nthe decision is ready.\n\nBest regards,\n${typedSignature}` } },
    { name: '"Thanks for …" opens a sentence, it is no closing', message: { ...base, bodyText: `Dear Ms Brown,\nThanks for your letter of 3 November.\nKind regards\n${typedSignature}` } },
    { name: 'no closing at all is closing-missing\'s finding', message: { ...base, bodyText: `${own}${typedSignature}` } },
    { name: 'semi-formal with the option off', options: { semiformal: 'off' }, message: { ...base, bodyText: `${own}Z pozdrowieniami\n${typedSignature}` } },
  ],
  invalid: (() => {
    const pozdro = `${own}Pozdro\n${typedSignature}`;
    const pa = `${own}Pa, Tomek`;
    const cheers = `Dear Ms Brown,\nthe decision is ready for collection at the cash desk.\n\nCheers,\n${typedSignature}`;
    const buziaki = `${own}Buziaki!\nTomek`;
    const nara = `${own}Nara\n\n-- \nTomasz Lis\nReferat Podatków`;
    const thx = `Hello,\nthe invoice is attached.\nThx\n${typedSignature}`;
    const pozdrawiam = `${own}Pozdrawiam\n${typedSignature}`;
    const elo = 'Dzień dobry,\nprzesyłam harmonogram.\n\nElo';
    const afterSeparator = `${own}--\nPozdro\nTomasz Lis\ntel. 77 482 10 11`;
    return [
      { name: '"Pozdro" after the "--" separator that opens the signature', message: { ...base, sender: undefined, bodyText: afterSeparator }, errors: [{ messageId: 'informal', at: 'Pozdro', fix: { kind: 'replaceText', field: 'body', start: at(afterSeparator, 'Pozdro'), end: at(afterSeparator, 'Pozdro') + 6, from: 'Pozdro', to: 'Z poważaniem' } as const }] },
      { name: '"Pozdro" before a typed signature', message: { ...base, bodyText: pozdro }, errors: [{ messageId: 'informal', data: { closing: 'Pozdro', suggestion: 'Z poważaniem' }, at: 'Pozdro', fix: { kind: 'replaceText', field: 'body', start: at(pozdro, 'Pozdro'), end: at(pozdro, 'Pozdro') + 6, from: 'Pozdro', to: 'Z poważaniem' } as const }] },
      { name: '"Pa, Tomek" on one line', message: { ...base, sender: undefined, bodyText: pa }, errors: [{ messageId: 'informal', at: 'Pa', fix: { kind: 'replaceText', field: 'body', start: at(pa, 'Pa,'), end: at(pa, 'Pa,') + 2, from: 'Pa', to: 'Z poważaniem' } as const }] },
      { name: '"Cheers," in English text', message: { ...base, bodyText: cheers }, errors: [{ messageId: 'informal', data: { closing: 'Cheers', suggestion: 'Kind regards' }, at: 'Cheers', fix: { kind: 'replaceText', field: 'body', start: at(cheers, 'Cheers'), end: at(cheers, 'Cheers') + 6, from: 'Cheers', to: 'Kind regards' } as const }] },
      { name: '"Buziaki!" with an exclamation mark', message: { ...base, sender: undefined, bodyText: buziaki }, errors: [{ messageId: 'informal', at: 'Buziaki', fix: { kind: 'replaceText', field: 'body', start: at(buziaki, 'Buziaki'), end: at(buziaki, 'Buziaki') + 7, from: 'Buziaki', to: 'Z poważaniem' } as const }] },
      { name: '"Nara" before a "-- " signature', message: { ...base, bodyText: nara }, errors: [{ messageId: 'informal', at: 'Nara', fix: { kind: 'replaceText', field: 'body', start: at(nara, 'Nara'), end: at(nara, 'Nara') + 4, from: 'Nara', to: 'Z poważaniem' } as const }] },
      { name: '"Thx" in English text', message: { ...base, bodyText: thx }, errors: [{ messageId: 'informal', data: { closing: 'Thx', suggestion: 'Kind regards' }, at: 'Thx' }] },
      { name: '"Elo" with no signature', message: { ...base, sender: undefined, bodyText: elo }, errors: [{ messageId: 'informal', at: 'Elo', fix: { kind: 'replaceText', field: 'body', start: at(elo, 'Elo'), end: at(elo, 'Elo') + 3, from: 'Elo', to: 'Z poważaniem' } as const }] },
      {
        name: 'Outlook HTML reply: "Pozdro" in own text, before our signature',
        message: { ...base, composeType: 'reply', bodyHtml: `<div>Dzień dobry,</div><div>decyzja jest do odbioru.</div><div>Pozdro</div>${signatureHtml}${quoteHtml}` },
        // 'Dzień dobry,' (12) + newline + 'decyzja jest do odbioru.' (24) + newline = 38.
        errors: [{ messageId: 'informal', at: 'Pozdro', fix: { kind: 'replaceText', field: 'body', start: 38, end: 44, from: 'Pozdro', to: 'Z poważaniem' } as const }],
      },
      { name: '"Pozdrawiam" with semiformal: "info"', options: { semiformal: 'info' }, message: { ...base, bodyText: pozdrawiam }, errors: [{ messageId: 'semiformal', data: { closing: 'Pozdrawiam' }, at: 'Pozdrawiam', fix: { kind: 'replaceText', field: 'body', start: at(pozdrawiam, 'Pozdrawiam'), end: at(pozdrawiam, 'Pozdrawiam') + 10, from: 'Pozdrawiam', to: 'Z poważaniem' } as const }] },
    ];
  })(),
});

describe('closing-informal severities', () => {
  const message = { ...base, bodyText: `${own}Pozdrawiam\n${typedSignature}` };

  test('the semi-formal hint is info even when the rule is set to warning', () => {
    expect(runRule(rule, { name: 'semiformal', options: { semiformal: 'info' }, message }).map((f) => f.severity)).toEqual(['info']);
  });

  test('an informal closing keeps the configured severity', () => {
    expect(runRule(rule, { name: 'informal', message: { ...base, bodyText: `${own}Pozdro\n${typedSignature}` } }).map((f) => f.severity)).toEqual(['warning']);
  });
});
