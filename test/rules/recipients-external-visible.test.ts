import { rule } from '../../src/engine/rules/recipients-external-visible';
import { formatFinding } from '../../src/engine/i18n';
import { ruleTester, runRule } from '../support/rule-tester';

const from = { name: 'Anna Wiśniewska', address: 'a.wisniewska@starostwo.kedzierzyn.pl' };
const bodyText =
  'Szanowni Państwo,\n\ninformujemy, że od 1 grudnia 2026 r. Wydział Komunikacji przyjmuje interesantów w budynku przy ul. Grunwaldzkiej 6.\n\nZ poważaniem\nAnna Wiśniewska';
const base = { from, bodyText, subject: 'Zmiana siedziby Wydziału Komunikacji od 1 grudnia 2026 r.' };

const nowak = { name: 'Jan Nowak', address: 'jan.nowak@gmail.com' };
const zielinska = { name: 'Ewa Zielińska', address: 'ewa.zielinska@wp.pl' };
const lis = { name: 'Marek Lis', address: 'm.lis@onet.pl' };
const mazur = { address: 'k.mazur@o2.pl' };
const budimex1 = { name: 'Piotr Kowal', address: 'p.kowal@budimex-opole.pl' };
const budimex2 = { name: 'Biuro Budimex Opole', address: 'biuro@budimex-opole.pl' };
const budimex3 = { address: 'przetargi@budimex-opole.pl' };
const komunikacja = { name: 'Wydział Komunikacji', address: 'komunikacja@wk.starostwo.kedzierzyn.pl' };
const sekretariat = { address: 'sekretariat@starostwo.kedzierzyn.pl' };
const gmina = { name: 'Urząd Gminy Cisek', address: 'ug@gmina.cisek.pl' };
// Issue 15.4: Outlook reports a distribution list with recipientType "distributionList".
const radni = { name: 'Radni Powiatu', address: 'radni@starostwo.kedzierzyn.pl', isList: true };
const soltysi = { name: 'Sołtysi', address: 'soltysi@gmail.com', isList: true };

ruleTester(rule, {
  valid: [
    { name: 'one citizen in To, the others already in Bcc', message: { ...base, to: [nowak], bcc: [zielinska, lis, mazur] } },
    { name: 'five people of one company see each other', message: { ...base, to: [budimex1, budimex2], cc: [budimex3, { address: 'k.nowicka@budimex-opole.pl' }, { address: 'ksiegowosc@budimex-opole.pl' }] } },
    { name: 'two external parties stay under the default threshold of 3', message: { ...base, to: [nowak], cc: [budimex1, budimex2] } },
    { name: 'colleagues at internal subdomains do not count', message: { ...base, to: [nowak, komunikacja], cc: [sekretariat, budimex1] } },
    { name: 'the policy names the gmina as internal', message: { ...base, to: [gmina, nowak], cc: [zielinska] }, policy: { internalDomains: ['gmina.cisek.pl'] } },
    { name: 'the same free-mail address in To and Cc (other case) is one party', message: { ...base, to: [nowak], cc: [{ address: 'Jan.Nowak@Gmail.com' }, lis] } },
    { name: 'threshold raised to 5 with four parties', message: { ...base, to: [nowak, zielinska], cc: [lis, budimex1] }, options: { threshold: 5 } },
    { name: 'a reply to one citizen with the department in Cc', message: { ...base, composeType: 'reply', to: [zielinska], cc: [komunikacja, sekretariat] } },
    { name: 'no recipients yet', message: { ...base } },
    { name: 'a threshold that is no number falls back to 3', message: { ...base, to: [nowak], cc: [zielinska] }, options: { threshold: 'dużo' } },
    { name: 'issue 15.4: a distribution list alone: its members see only the list\'s address', message: { ...base, to: [radni] } },
    { name: 'a list with colleagues only', message: { ...base, to: [radni], cc: [sekretariat, komunikacja] } },
    { name: 'the policy sets a list to count as one party', message: { ...base, to: [radni], cc: [nowak] }, options: { distributionListParties: 1 } },
    { name: 'all internal, many of them', message: { ...base, to: [sekretariat, komunikacja], cc: [{ address: 'kadry@starostwo.kedzierzyn.pl' }, { address: 'it@wk.starostwo.kedzierzyn.pl' }] } },
  ],
  invalid: [
    {
      name: 'three citizens at gmail.com are three parties',
      message: { ...base, to: [nowak, { address: 'anna.kot@gmail.com' }, { address: 'tomasz.bak@gmail.com' }] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'anna.kot@gmail.com', 'tomasz.bak@gmail.com'], toWhenEmpty: from } }],
    },
    {
      name: 'mixed free-mail and corporate in To and Cc, internal ones stay',
      message: { ...base, to: [sekretariat, nowak, zielinska], cc: [komunikacja, lis, budimex1] },
      errors: [{ messageId: 'visible', data: { count: 4 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl', 'p.kowal@budimex-opole.pl'] } }],
    },
    {
      name: 'all externals in Cc behind an internal To: all of them move',
      message: { ...base, to: [komunikacja], cc: [nowak, zielinska, mazur] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'k.mazur@o2.pl'] } }],
    },
    {
      name: 'two of one company plus two private people: three parties, every external moves, the sender fills To',
      message: { ...base, to: [budimex1, budimex2], cc: [nowak, lis] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['p.kowal@budimex-opole.pl', 'biuro@budimex-opole.pl', 'jan.nowak@gmail.com', 'm.lis@onet.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'externals already in Bcc are left alone; the visible ones still count',
      message: { ...base, to: [nowak], cc: [zielinska, lis], bcc: [mazur, budimex1] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'an address in both To and Cc is moved once',
      message: { ...base, to: [nowak, zielinska], cc: [{ address: 'EWA.ZIELINSKA@wp.pl' }, lis] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'policy lowers the threshold to 2',
      message: { ...base, to: [gmina], cc: [budimex1] },
      options: { threshold: 2 },
      errors: [{ messageId: 'visible', data: { count: 2 }, fix: { kind: 'moveToBcc', addresses: ['ug@gmina.cisek.pl', 'p.kowal@budimex-opole.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'other offices are separate parties unless the policy says internal',
      message: { ...base, to: [gmina, { address: 'sekretariat@ug-bierawa.pl' }, { address: 'kancelaria@powiat-glubczyce.pl' }] },
      errors: [{ messageId: 'visible', data: { count: 3 }, fix: { kind: 'moveToBcc', addresses: ['ug@gmina.cisek.pl', 'sekretariat@ug-bierawa.pl', 'kancelaria@powiat-glubczyce.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'issue 14.2: the every-problem sample: the first citizen moves too, the sender fills To',
      message: { ...base, to: [nowak, zielinska, lis, mazur] },
      errors: [{ messageId: 'visible', data: { count: 4 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl', 'k.mazur@o2.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'toWhenEmpty "none" leaves To empty',
      message: { ...base, to: [nowak, zielinska, lis] },
      options: { toWhenEmpty: 'none' },
      errors: [{ messageId: 'visible', fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl'] } }],
    },
    {
      name: 'toWhenEmpty names the office mailbox',
      message: { ...base, to: [nowak, zielinska, lis] },
      options: { toWhenEmpty: 'Sekretariat@Starostwo.Kedzierzyn.pl' },
      errors: [{ messageId: 'visible', fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl'], toWhenEmpty: { address: 'Sekretariat@Starostwo.Kedzierzyn.pl' } } }],
    },
    {
      name: 'toWhenEmpty that is no address falls back to the sender',
      message: { ...base, to: [nowak, zielinska, lis] },
      options: { toWhenEmpty: 'sekretariat' },
      errors: [{ messageId: 'visible', fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl'], toWhenEmpty: from } }],
    },
    {
      name: 'issue 15.4: a list with one citizen: the list (even an internal one) counts as many and moves to Bcc too',
      message: { ...base, to: [radni], cc: [nowak] },
      errors: [{ messageId: 'list', data: { count: 3, list: 'Radni Powiatu' }, fix: { kind: 'moveToBcc', addresses: ['radni@starostwo.kedzierzyn.pl', 'jan.nowak@gmail.com'], toWhenEmpty: from } }],
    },
    {
      name: 'two lists',
      message: { ...base, to: [sekretariat], cc: [radni, soltysi] },
      errors: [{ messageId: 'list', data: { count: 4, list: 'Radni Powiatu' }, fix: { kind: 'moveToBcc', addresses: ['radni@starostwo.kedzierzyn.pl', 'soltysi@gmail.com'] } }],
    },
    {
      name: 'the policy counts a list as five parties',
      message: { ...base, to: [soltysi] },
      options: { distributionListParties: 5 },
      errors: [{ messageId: 'list', data: { count: 5, list: 'Sołtysi' }, fix: { kind: 'moveToBcc', addresses: ['soltysi@gmail.com'], toWhenEmpty: from } }],
    },
    {
      name: 'forward of a notice to five private people',
      message: { ...base, composeType: 'forward', to: [nowak, zielinska, lis, mazur, { address: 'b.wrona@interia.pl' }] },
      errors: [{ messageId: 'visible', data: { count: 5 }, fix: { kind: 'moveToBcc', addresses: ['jan.nowak@gmail.com', 'ewa.zielinska@wp.pl', 'm.lis@onet.pl', 'k.mazur@o2.pl', 'b.wrona@interia.pl'], toWhenEmpty: from } }],
    },
  ],
});

describe('recipients-external-visible message', () => {
  test.each([
    [3, '3 odbiorcy zewnętrzni widzą nawzajem swoje adresy'],
    [5, '5 odbiorców zewnętrznych widzi nawzajem swoje adresy'],
    [22, '22 odbiorcy zewnętrzni widzą nawzajem swoje adresy'],
  ])('Polish plural for %i parties', (count, text) => {
    const to = Array.from({ length: count }, (_, i) => ({ address: `mieszkaniec${i}@gmail.com` }));
    const [finding] = runRule(rule, { name: 'plural', message: { ...base, to } });
    expect(finding.data).toEqual({ count });
    expect(formatFinding('pl', finding)).toContain(text);
    expect(formatFinding('en', finding)).toContain(`${count} external recipients see each other’s addresses`);
  });

  test('points at the first address to move', () => {
    const [finding] = runRule(rule, { name: 'location', message: { ...base, to: [sekretariat, nowak], cc: [zielinska, lis] } });
    expect(finding.location).toEqual({ field: 'to', address: 'jan.nowak@gmail.com' });
  });
});
