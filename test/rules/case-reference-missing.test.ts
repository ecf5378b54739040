import { ruleTester } from '../support/rule-tester';
import { rule, compileCaseReference, DEFAULT_CASE_REFERENCE } from '../../src/engine/rules/case-reference-missing';
import type { Address, ComposeType } from '../../src/engine/model';

const clerk = { name: 'Adam Wrona', address: 'a.wrona@um.kamiennagora.pl' };
const citizen = { name: 'Halina Bąk', address: 'halina.bak@interia.pl' };

function message(subject: string, own: string, to: Address[] = [citizen], composeType: ComposeType = 'new', quoted = '') {
  return {
    from: clerk,
    to,
    composeType,
    subject,
    bodyText: `Szanowna Pani,\n${own}\n\nZ poważaniem\nAdam Wrona${quoted}`,
  };
}

const QUOTE_WITH_REFERENCE = '\n\nOd: Halina Bąk <halina.bak@interia.pl>\nWysłane: 17 listopada 2026\nDo: a.wrona@um.kamiennagora.pl\nTemat: Pytanie\n\nDotyczy sprawy KT.5430.112.2026 – kiedy decyzja?';

ruleTester(rule, {
  valid: [
    { name: 'reference in the subject', message: message('Decyzja w sprawie KT.5430.112.2026', 'decyzja została wysłana pocztą.') },
    { name: 'reference in the own text', message: message('Wniosek o wydanie zaświadczenia', 'w odpowiedzi na wniosek (znak sprawy OR.1234.5.2026) przesyłam zaświadczenie.') },
    { name: 'a reference with a department cell', message: message('RE: Wycinka drzew – OŚ-II.6131.15.2026', 'zezwolenie zostało wydane.') },
    { name: 'a reference with two case numbers', message: message('Podział nieruchomości GN.6831.3.12.2026', 'postanowienie jest w załączniku.') },
    { name: 'reference at the start of a reply subject after RE:', message: message('RE: KT.5430.112.2026', 'dokument jest do odbioru.', [citizen], 'reply', QUOTE_WITH_REFERENCE) },
    { name: 'all recipients internal', message: message('Narada wydziału', 'przypominam o naradzie w czwartek.', [{ address: 'sekretariat@um.kamiennagora.pl' }, { address: 'kadry@bip.um.kamiennagora.pl' }]) },
    { name: 'no recipients yet', message: message('Projekt pisma', 'treść do uzgodnienia.', []) },
    { name: 'an internal domain from the policy', message: message('Uzgodnienie', 'proszę o opinię.', [{ address: 'dyrektor@mzgk.kamiennagora.pl' }]), policy: { internalDomains: ['mzgk.kamiennagora.pl'] } },
    { name: 'the office’s own reference format from the policy', message: message('Sprawa nr 2026/UM/145', 'odpowiadam na pismo.'), options: { pattern: '\\d{4}/UM/\\d+' } },
    { name: 'a pattern that does not compile makes the rule silent', message: message('Pytanie', 'odpowiadam na pismo.'), options: { pattern: '[A-Z' } },
    { name: 'a pattern that is not a string makes the rule silent', message: message('Pytanie', 'odpowiadam na pismo.'), options: { pattern: 42 } },
    { name: 'a back-reference (no linear-time matcher) makes the rule silent', message: message('Pytanie', 'odpowiadam na pismo.'), options: { pattern: '(KT)\\1' } },
    { name: 'the issue’s pattern on a citizen’s subject of 29 letters and "!": an answer, not 67 s', message: message(`RE: ${'a'.repeat(29)}!`, 'odpowiadam na pismo.', [citizen], 'reply'), options: { pattern: '(\\w+\\s?)+$' } },
  ],
  invalid: [
    { name: 'no reference anywhere, citizen at a free-mail domain', message: message('Odpowiedź na pismo', 'informuję, że decyzja zostanie wydana do końca miesiąca.'), errors: [{ messageId: 'missing', at: 'Odpowiedź na pismo', fix: null }] },
    { name: 'the reference only in the quoted thread', message: message('RE: Pytanie o decyzję', 'decyzja jest gotowa.', [citizen], 'reply', QUOTE_WITH_REFERENCE), errors: [{ messageId: 'missing' }] },
    { name: 'a reference without the year', message: message('Sprawa KT.5430.112', 'decyzja jest gotowa.'), errors: [{ messageId: 'missing' }] },
    { name: 'a date is not a reference', message: message('Termin 12.11.2026', 'spotkanie odbędzie się 12.11.2026 o 10:00.'), errors: [{ messageId: 'missing' }] },
    { name: 'a lower-case symbol is not a JRWA reference', message: message('kt.5430.112.2026', 'decyzja jest gotowa.'), errors: [{ messageId: 'missing' }] },
    { name: 'an external recipient in Bcc among internal ones', message: { ...message('Informacja', 'przesyłam informację.', [{ address: 'sekretariat@um.kamiennagora.pl' }]), bcc: [citizen] }, errors: [{ messageId: 'missing' }] },
    { name: 'a company in Cc', message: { ...message('Protokół odbioru robót', 'w załączeniu protokół.', [{ address: 'inwestycje@um.kamiennagora.pl' }]), cc: [{ address: 'biuro@budmax.com.pl' }] }, errors: [{ messageId: 'missing' }] },
    { name: 'empty subject, reference-less text', message: message('', 'przesyłam informację o stanie sprawy.'), errors: [{ messageId: 'missing' }] },
    { name: 'the issue’s pattern on a 100 KB subject of letters and "!"', message: message(`${'a'.repeat(100_000)}!`, 'odpowiadam na pismo!'), options: { pattern: '^(\\w+\\s?)+$' }, errors: [{ messageId: 'missing' }] },
    { name: 'the policy’s own pattern, not matched', message: message('Sprawa KT.5430.112.2026', 'odpowiadam na pismo.'), options: { pattern: '\\d{4}/UM/\\d+' }, errors: [{ messageId: 'missing' }] },
    {
      name: 'Outlook HTML message with the reference only below the reply marker',
      message: {
        from: clerk,
        to: [citizen],
        composeType: 'reply' as const,
        subject: 'RE: Zapytanie',
        bodyHtml: '<html><body><p>Szanowna Pani,</p><p>sprawa jest w toku.</p><div id="divRplyFwdMsg"><b>Od:</b> Halina Bąk &lt;halina.bak@interia.pl&gt;<br><b>Temat:</b> Zapytanie</div><p>Znak: KT.5430.112.2026</p></body></html>',
      },
      errors: [{ messageId: 'missing' }],
    },
  ],
});

describe('compileCaseReference', () => {
  test('the default pattern finds JRWA references and only them', () => {
    const re = compileCaseReference(DEFAULT_CASE_REFERENCE)!;
    expect(['KT.5430.112.2026', 'OR.1234.5.2026', 'WOŚ-II.6341.5.2026', 'ŚR.6220.1.2.2025'].every((s) => re.test(s))).toBe(true);
    expect(['12.11.2026', 'KT.54.1.2026', 'KT.5430.2026', 'kt.5430.112.2026'].some((s) => re.test(s))).toBe(false);
  });

  test('the default pattern rejects a long run of look-alike numbers', () => {
    const re = compileCaseReference(DEFAULT_CASE_REFERENCE)!;
    const hostile = `KT.5430${'.1'.repeat(200_000)}`;
    expect(re.test(hostile)).toBe(false);
  });

  test.each([['[A-Z'], [''], [null], [42], ['x'.repeat(301)], ['(\\d+)\\1'], ['(a*)*']])('%p gives no pattern', (p) => {
    expect(compileCaseReference(p)).toBeNull();
  });
});
