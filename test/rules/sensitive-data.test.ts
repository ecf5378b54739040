import fc from 'fast-check';
import { rule } from '../../src/engine/rules/sensitive-data';
import { formatFinding } from '../../src/engine/i18n';
import { isValidIdCard, isValidPassport } from '../../src/engine/identifiers';
import { ID_DOCUMENT_KEYWORDS } from '../../src/engine/rules/data/id-document-keywords';
import { ruleTester, runRule } from '../support/rule-tester';

const from = { name: 'Anna Wiśniewska', address: 'a.wisniewska@starostwo.kedzierzyn.pl' };
const citizen = [{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }];
const colleague = [{ name: 'Wydział Komunikacji', address: 'komunikacja@wk.starostwo.kedzierzyn.pl' }];
const base = { from, to: citizen, subject: 'Rejestracja pojazdu – znak KM.5410.112.2026' };

const signature = '\n\nZ poważaniem\nAnna Wiśniewska\nInspektor\nWydział Komunikacji\nStarostwo Powiatowe w Kędzierzynie-Koźlu\ntel. 77 405 67 00';
const quote = (text: string) =>
  '\n\n-----Original Message-----\nOd: Jan Nowak <jan.nowak@gmail.com>\nWysłane: piątek, 20 listopada 2026 18:40\nDo: a.wisniewska@starostwo.kedzierzyn.pl\nTemat: Rejestracja pojazdu\n\n' +
  `Dzień dobry,\n${text}\nJan Nowak`;
const body = (own: string, quoted?: string) => `Szanowny Panie,\n${own}${signature}${quoted ? quote(quoted) : ''}`;

// The office's own account for fees, as the policy writes it (spaced) and as a clerk types it.
const feeAccount = 'PL61 1090 1014 0000 0712 1981 2874';
const organization = { name: 'Starostwo Powiatowe w Kędzierzynie-Koźlu', registry: 'NIP 749-206-98-79, REGON 531412763', accounts: [feeAccount] };

const outlookReply = (own: string, quoted: string) =>
  `<html><body><div class="WordSection1"><p class="MsoNormal">Szanowny Panie,</p><p class="MsoNormal">${own}</p><p class="MsoNormal">Z poważaniem<br>Anna Wiśniewska</p></div>` +
  '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@gmail.com&gt;<br><b>Wysłane:</b> 20 listopada 2026<br><b>Temat:</b> Wniosek</div>' +
  `<div>${quoted}</div></body></html>`;

ruleTester(rule, {
  valid: [
    { name: 'a PESEL that fails its checksum', message: { ...base, bodyText: body('w systemie widnieje PESEL 44051401358, proszę o sprawdzenie.') } },
    { name: 'a PESEL with a good checksum but an impossible birth date (29.02.1999)', message: { ...base, bodyText: body('numer 99022904568 nie jest poprawnym numerem PESEL.') } },
    { name: 'a valid PESEL sent only to colleagues (subdomain)', message: { ...base, to: colleague, cc: [{ address: 'sekretariat@starostwo.kedzierzyn.pl' }], bodyText: body('proszę o wydanie dowodu rejestracyjnego dla PESEL 44051401359.') } },
    {
      name: 'the office\'s own fee account, typed unspaced, policy spaced',
      message: { ...base, bodyText: body('opłatę 54,50 zł proszę wpłacić na rachunek 61109010140000071219812874.') },
      policy: { organization },
    },
    { name: 'the office\'s own account as IBAN in the quote', message: { ...base, composeType: 'reply', bodyText: body('potwierdzam wpłatę.', `wpłaciłem na konto PL61 1090 1014 0000 0712 1981 2874 kwotę 54,50 zł.`) }, policy: { organization } },
    { name: 'a NIP is public unless the policy includes it', message: { ...base, bodyText: body('fakturę proszę wystawić na NIP 526-025-09-95.') } },
    { name: 'a REGON is public unless the policy includes it', message: { ...base, bodyText: body('firma o numerze REGON 123456785 jest wpisana do rejestru.') } },
    { name: 'an ID card number with a wrong check digit, with a space', message: { ...base, bodyText: body('w protokole wpisano dowód ABA 400000, co jest błędem.') } },
    { name: 'an account number that fails mod 97', message: { ...base, bodyText: body('zwrot nastąpi na rachunek 48 1020 3661 0000 1234 5678 9013.') } },
    { name: 'case references, phone numbers and dates are not identifiers', message: { ...base, bodyText: body('w sprawie KM.5410.112.2026 z dnia 20.11.2026 proszę dzwonić pod 774056700 lub +48 77 405 67 00.') } },
    {
      name: 'the office\'s own NIP and REGON from the policy registry line, even when included',
      message: { ...base, bodyText: body('dane urzędu: NIP 749-206-98-79, REGON 531412763.') },
      options: { include: ['nip', 'regon'] },
      policy: { organization },
    },
    {
      name: 'the signature block Etykieta inserted holds the office\'s data',
      message: {
        ...base,
        bodyHtml: '<div>Szanowny Panie,</div><div>decyzja jest do odbioru.</div><div id="etykieta-signature" class="etykieta-signature">Anna Wiśniewska<br>Starostwo Powiatowe<br>Rachunek: 48 1020 3661 0000 1234 5678 9012</div>',
      },
    },
    { name: 'no recipient yet', message: { ...base, to: [], bodyText: body('PESEL wnioskodawcy: 44051401359.') } },
    // Issue 20: codes of the ID card's and the passport's shape, checksum-valid, with no keyword before them.
    { name: 'an order number that passes the ID-card checksum', message: { ...base, bodyText: body('Numer zamówienia: NUT883322, dostawa w przyszłym tygodniu.') } },
    { name: 'a parcel number of the passport\'s shape', message: { ...base, bodyText: body('przesyłka SI1586554 została nadana wczoraj.') } },
    { name: 'a customer number', message: { ...base, bodyText: body('nr klienta TCV832328 proszę podawać w tytule przelewu.') } },
    { name: 'an invoice reference in the quote', message: { ...base, composeType: 'reply', bodyText: body('dziękujemy.', 'w załączeniu faktura do zamówienia AYB434567.') } },
    {
      name: 'the keyword is more than 60 characters before the code',
      message: { ...base, bodyText: body('do wniosku dołączono kopię dowodu osobistego, a opłatę zaksięgowano pod numerem transakcji NUT883322.') },
    },
    { name: 'a proof of payment is no identity document', message: { ...base, bodyText: body('dowód wpłaty nr NUT883322 otrzymaliśmy.') } },
    { name: 'a vehicle\'s registration certificate is no identity document', message: { ...base, bodyText: body('dowód rejestracyjny AYB434567 jest do odbioru.') } },
    { name: '"dowodzi" (proves) is no keyword', message: { ...base, bodyText: body('co dowodzi, że zlecenie NUT883322 wykonano.') } },
    { name: 'a keyword inside another word ("valid card") does not count', message: { ...base, bodyText: body('the valid card TCV832328 was used.') } },
  ],
  invalid: [
    {
      name: 'a PESEL in the own text to a gmail citizen',
      message: { ...base, bodyText: body('decyzja dotyczy pojazdu właściciela o numerze PESEL 44051401359.') },
      // Issue 16: "Ukryj numer" masks it to its last digits, in place.
      errors: [{ messageId: 'inOwnText', data: { kind: 'pesel', masked: '********359' }, at: '44051401359', fix: { kind: 'replaceText', field: 'body', start: 68, end: 79, from: '44051401359', to: '********359', label: 'maskNumber' } }],
    },
    {
      name: 'the citizen\'s PESEL only in the quoted thread, forwarded to a company',
      message: { ...base, composeType: 'forward', to: [{ address: 'biuro@autokomis-kedzierzyn.pl' }], bodyText: body('przekazuję zgodnie z właściwością.', 'mój PESEL to 02220803629, proszę o pilną rejestrację.') },
      errors: [{ messageId: 'inQuote', data: { kind: 'pesel', masked: '********629' }, at: '02220803629' }],
    },
    {
      name: 'ID card numbers with and without a space',
      message: { ...base, bodyText: body('pełnomocnik okazał dowód ABA300000, a właściciel dowód AYB 434567.') },
      errors: [
        { messageId: 'inOwnText', data: { kind: 'idCard', masked: '******000' }, at: 'ABA300000' },
        { messageId: 'inOwnText', data: { kind: 'idCard', masked: '******567' }, at: 'AYB 434567' },
      ],
    },
    // Issue 20: keep recall where a keyword names the document.
    {
      name: '"dowód osobisty" before the number',
      message: { ...base, bodyText: body('wnioskodawca okazał dowód osobisty ABA300000.') },
      errors: [{ messageId: 'inOwnText', data: { kind: 'idCard', masked: '******000' }, at: 'ABA300000' }],
    },
    {
      name: '"seria i numer dowodu:" before a spaced number',
      message: { ...base, bodyText: body('seria i numer dowodu: AYB 434567') },
      errors: [{ messageId: 'inOwnText', data: { kind: 'idCard', masked: '******567' }, at: 'AYB 434567' }],
    },
    {
      name: '"seria i\nnumer" across a line break, "d.o." and "nr dokumentu"',
      message: { ...base, bodyText: body('seria i\nnumer ABA300000; d.o. AYB434567; nr dokumentu NUT883322.') },
      errors: [
        { messageId: 'inOwnText', at: 'ABA300000' },
        { messageId: 'inOwnText', at: 'AYB434567' },
        { messageId: 'inOwnText', at: 'NUT883322' },
      ],
    },
    {
      name: '"paszport nr" before the number',
      message: { ...base, bodyText: body('paszport nr EA1234567 jest ważny do 2030 r.') },
      errors: [{ messageId: 'inOwnText', data: { kind: 'passport', masked: '******567' }, at: 'EA1234567' }],
    },
    {
      name: 'English: "passport" and "ID card", and a keyword 55 characters before the number',
      message: { ...base, bodyText: body('Passport SI1586554. Polish ID card of the applicant (copy attached to the file): TCV832328.') },
      errors: [
        { messageId: 'inOwnText', data: { kind: 'passport' }, at: 'SI1586554' },
        { messageId: 'inOwnText', data: { kind: 'idCard' }, at: 'TCV832328' },
      ],
    },
    {
      name: 'a keyword in capitals, in the quoted thread',
      message: { ...base, composeType: 'reply', bodyText: body('dziękujemy.', 'DOWÓD OSOBISTY: NUT883322') },
      errors: [{ messageId: 'inQuote', data: { kind: 'idCard', masked: '******322' }, at: 'NUT883322' }],
    },
    {
      name: 'a passport number',
      message: { ...base, bodyText: body('do wniosku dołączono kopię paszportu ZS0000177.') },
      errors: [{ messageId: 'inOwnText', data: { kind: 'passport', masked: '******177' }, at: 'ZS0000177' }],
    },
    {
      name: 'the citizen\'s spaced IBAN for a refund, not the office\'s account',
      message: { ...base, bodyText: body('zwrot nadpłaty przekażemy na rachunek PL48 1020 3661 0000 1234 5678 9012.') },
      policy: { organization },
      errors: [{ messageId: 'inOwnText', data: { kind: 'account', masked: '***********************012' }, at: 'PL48 1020 3661 0000 1234 5678 9012' }],
    },
    {
      name: 'a bare unspaced NRB in the quoted thread of a reply',
      message: { ...base, composeType: 'reply', bodyText: body('dziękujemy, zwrot zlecono.', 'proszę o zwrot na konto 91116022020000000123456789.') },
      policy: { organization },
      errors: [{ messageId: 'inQuote', data: { kind: 'account' }, at: '91116022020000000123456789' }],
    },
    {
      name: 'NIP and REGON (9 and 14 digits) when the policy includes them',
      message: { ...base, bodyText: body('przedsiębiorca: NIP 526-025-09-95, REGON 123456785, oddział REGON 12345678500010.') },
      options: { include: ['nip', 'regon'] },
      policy: { organization },
      errors: [
        { messageId: 'inOwnText', data: { kind: 'nip', masked: '*******995' }, at: '526-025-09-95' },
        { messageId: 'inOwnText', data: { kind: 'regon', masked: '******785' }, at: '123456785' },
        { messageId: 'inOwnText', data: { kind: 'regon', masked: '***********010' }, at: '12345678500010' },
      ],
    },
    {
      name: 'only NIP included: REGON stays quiet',
      message: { ...base, bodyText: body('NIP 5260250995, REGON 123456785.') },
      options: { include: ['nip'] },
      errors: [{ messageId: 'inOwnText', data: { kind: 'nip' }, at: '5260250995' }],
    },
    {
      name: 'include names are read case-insensitively, unknown ones ignored',
      message: { ...base, bodyText: body('NIP kontrahenta: PL5260250995.') },
      options: { include: ['NIP', 'krs'] },
      errors: [{ messageId: 'inOwnText', data: { kind: 'nip', masked: '*******995' }, at: 'PL5260250995' }],
    },
    {
      name: 'the only external recipient is in Bcc: it still receives the data',
      message: { ...base, to: colleague, bcc: [{ address: 'kancelaria@adwokat-opole.pl' }], bodyText: body('właściciel: PESEL 85123100129.') },
      errors: [{ messageId: 'inOwnText', data: { kind: 'pesel', masked: '********129' }, at: '85123100129' }],
    },
    {
      name: 'Outlook HTML reply with the PESEL in the quote',
      message: { ...base, composeType: 'reply', bodyHtml: outlookReply('wniosek jest kompletny.', 'Dzień dobry, mój PESEL: 75010100433. Jan Nowak') },
      errors: [{ messageId: 'inQuote', data: { kind: 'pesel', masked: '********433' }, at: '75010100433' }],
    },
    {
      name: 'the same PESEL twice in the own text and once in the quote: one finding per part',
      message: { ...base, composeType: 'reply', bodyText: body('PESEL 44051401359 – potwierdzam, PESEL 44051401359 jest w bazie.', 'mój PESEL 44051401359') },
      errors: [
        // Written twice: masking one would leave the other, so no one-click mask; none in the quote.
        { messageId: 'inOwnText', data: { kind: 'pesel' }, fix: null },
        { messageId: 'inQuote', data: { kind: 'pesel' }, fix: null },
      ],
    },
  ],
});

describe('sensitive-data message', () => {
  test('names the kind and where, never the full number', () => {
    const [finding] = runRule(rule, { name: 'text', message: { ...base, composeType: 'reply', bodyText: body('wniosek przyjęto.', 'PESEL 44051401359') } });
    const pl = formatFinding('pl', finding);
    const en = formatFinding('en', finding);
    expect(pl).toContain('Cytowana korespondencja zawiera numer PESEL (********359)');
    expect(en).toContain('The quoted thread contains a PESEL number (********359)');
    for (const text of [pl, en]) expect(text).not.toContain('44051401359');
  });
});

describe('sensitive-data: ID card and passport numbers need a keyword', () => {
  const letters = fc.stringMatching(/^[A-Z]{3}$/);
  const idCard = fc.tuple(letters, fc.stringMatching(/^\d{6}$/), fc.boolean()).map(([l, d, space]) => `${l}${space ? ' ' : ''}${d}`).filter((c) => isValidIdCard(c));
  const passport = fc.tuple(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^\d{7}$/), fc.boolean()).map(([l, d, space]) => `${l}${space ? ' ' : ''}${d}`).filter((c) => isValidPassport(c));
  const code = fc.oneof(idCard, passport);
  // Ordinary letters: what offices and shops write before a code, with none of the keywords.
  const WORDS = ['numer', 'zamówienia', 'przesyłka', 'nr', 'klienta', 'faktura', 'w', 'sprawie', 'proszę', 'o', 'podanie', 'kodu', 'zlecenie', 'umowa', 'sygnatura', 'paczka', 'list', 'polecony', 'pozycja', 'referencja', 'order', 'parcel', 'tracking', 'invoice', 'customer', 'dokumenty', 'seria', 'produktu', 'Urząd', 'Gminy', ':', '–', '(', ')', ','];
  const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' '));

  test('random codes of both shapes, checksum-valid, never fire without a keyword', () => {
    fc.assert(
      fc.property(words, code, words, (before, c, after) => {
        const findings = runRule(rule, { name: 'random', message: { ...base, bodyText: body(`${before} ${c} ${after}`) } });
        expect(findings.filter((f) => f.data?.kind === 'idCard' || f.data?.kind === 'passport')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('the same codes fire when a keyword begins within 60 characters before them', () => {
    const keyword = fc.constantFrom(...ID_DOCUMENT_KEYWORDS);
    const gap = fc.array(fc.constantFrom('nr', ':', 'osobisty', 'osobistego', 'wnioskodawcy'), { maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, keyword, gap, code, (before, k, g, c) => {
        const findings = runRule(rule, { name: 'keyword', message: { ...base, bodyText: body(`${before} ${k} ${g} ${c}.`) } });
        const kind = /^[A-Z]{3}/.test(c) ? 'idCard' : 'passport';
        expect(findings.map((f) => f.data?.kind)).toContain(kind);
      }),
      { numRuns: 300 },
    );
  });
});
