import { rule } from '../../src/engine/rules/subject-missing';
import { ruleTester } from '../support/rule-tester';

const to = [{ name: 'Jan Nowak', address: 'jan.nowak@wp.pl' }];
const body = 'Szanowny Panie,\nprzesyłam informację o terminie odbioru prawa jazdy.\n\nZ poważaniem\nAnna Wiśniewska';

ruleTester(rule, {
  valid: [
    { name: 'subject names the matter', message: { to, subject: 'Odbiór prawa jazdy – znak KT.5430.112.2026', bodyText: body } },
    { name: 'short subject', message: { to, subject: 'Decyzja', bodyText: body } },
    { name: 'reply with prefix', message: { to, subject: 'RE: Wniosek o zaświadczenie', bodyText: body, composeType: 'reply' } },
    { name: 'bare reply prefix is not empty (subject-uninformative reports it)', message: { to, subject: 'RE:', composeType: 'reply', bodyText: body } },
    { name: 'forward with Polish prefix', message: { to, subject: 'PD: Faktura 12/2026', composeType: 'forward', bodyText: body } },
    { name: 'subject with leading space', message: { to, subject: '  Termin rozprawy', bodyText: body } },
    { name: 'single character', message: { to, subject: '?', bodyText: body } },
    { name: 'HTML body and generic subject', message: { to, subject: 'Pytanie', bodyHtml: '<p>Dzień dobry,</p><p>w sprawie podatku.</p>' } },
  ],
  invalid: [
    { name: 'empty subject', message: { to, subject: '', bodyText: body }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'spaces only', message: { to, subject: '   ', bodyText: body }, errors: [{ messageId: 'missing', fix: null, at: '   ' }] },
    { name: 'tab and newline', message: { to, subject: '\t\n', bodyText: body }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'non-breaking space only', message: { to, subject: '\u00a0', bodyText: body }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'empty subject on a reply', message: { to, subject: '', composeType: 'reply', bodyText: `${body}\n\nOd: Jan Nowak <jan.nowak@wp.pl>\nWysłane: poniedziałek\nTemat:\n\nPytanie` }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'empty subject with HTML body', message: { to, subject: '', bodyHtml: '<div>Szanowni Państwo,</div><div>w załączeniu protokół.</div>' }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'empty subject to several recipients', message: { to: [...to, { address: 'ewa.lis@o2.pl' }], cc: [{ address: 'sekretariat@powiat.example.pl' }], subject: '', bodyText: body }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'empty subject and empty body', message: { to, subject: '' }, errors: [{ messageId: 'missing', fix: null }] },
  ],
});
