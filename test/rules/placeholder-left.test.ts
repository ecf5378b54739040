import { rule } from '../../src/engine/rules/placeholder-left';
import { summonsText } from '../../src/engine/templates';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { ruleTester } from '../support/rule-tester';

const clerk = { name: 'Anna Nowak', address: 'anna.nowak@gmina.example.pl' };
const citizen = { name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' };
const base = { from: clerk, to: [citizen], subject: 'Wezwanie – OR.1234.7.2026' };
const room = { name: 'Anna Nowak', phone: '75 123 45 67', room: '12' };
// Our signature with an unknown position: that placeholder is signature-incomplete's finding.
const signature = buildSignature(DEFAULT_CONFIG, { name: 'Anna Nowak' }, 'full', 'pl').html;
const html = (text: string) => text.split('\n').map((l) => (l ? `<div>${l}</div>` : '<div><br></div>')).join('');

ruleTester(rule, {
  valid: [
    { name: 'a summons with every field filled in', message: { ...base, bodyText: summonsText('pl', { date: '2026-12-03', time: '10:00', sender: room }) } },
    { name: 'placeholders only in our signature block', message: { ...base, bodyHtml: `<div>Szanowny Panie,</div><div>decyzja jest gotowa.</div><div>Z poważaniem</div>${signature}` } },
    { name: 'square brackets of the clerk are no template field', message: { ...base, bodyText: 'Szanowny Panie,\nw załączniku [skan] decyzji.\n\nZ poważaniem' } },
    {
      name: 'an open field in the quoted thread is the citizen\'s',
      message: { ...base, composeType: 'reply', bodyText: 'Dzień dobry,\ndziękuję.\n\nZ poważaniem\n\n-----Original Message-----\nFrom: Jan Kowalski <jan.kowalski@gmail.com>\nSent: Monday\nSubject: Wniosek\n\nTu [uzupełnij: numer] z formularza.' },
    },
    { name: 'a policy pattern the linear engine refuses is ignored here (the validator names it)', options: { patterns: ['(a+)+\\1'] }, message: { ...base, bodyText: 'Dzień dobry,\naaaa!\n\nZ poważaniem' } },
    { name: 'the office’s own pattern, filled in', message: { ...base, bodyText: 'Szanowny Panie,\nproszę o kontakt, pokój 12.\n\nZ poważaniem' }, options: { patterns: ['\\[\\[[^\\]]{1,80}\\]\\]'] } },
    { name: 'the office’s pattern only in the quoted thread', message: { ...base, composeType: 'reply', bodyText: 'Dzień dobry,\ndziękuję.\n\nZ poważaniem\n\n-----Original Message-----\nFrom: Jan Kowalski <jan.kowalski@gmail.com>\nSent: Monday\nSubject: Wniosek\n\nWzór: [[imię]]' }, options: { patterns: ['\\[\\[[^\\]]{1,80}\\]\\]'] } },
    { name: 'a pattern the engine refuses is not run (the policy validator names it)', message: { ...base, bodyText: 'Szanowny Panie,\nXX XX.\n\nZ poważaniem' }, options: { patterns: ['(X)\\1'] } },
    {
      name: '100 KB of "[[" under the office’s pattern: no field, and no backtracking',
      message: { ...base, bodyText: `Szanowny Panie,\n${'[['.repeat(50_000)}\n\nZ poważaniem` },
      options: { patterns: ['\\[\\[[^\\]]{1,80}\\]\\]'] },
    },
  ],
  invalid: [
    {
      name: 'the office\'s own markers from the policy option "patterns", beside the built-in ones',
      options: { patterns: ['%[A-Z_]{2,30}%'] },
      message: { ...base, bodyText: 'Dzień dobry,\nw dniu %DATA_WIZYTY% w pokoju [uzupełnij: pokój].\n\nZ poważaniem' },
      errors: [
        { messageId: 'body', data: { field: '%DATA_WIZYTY%' }, at: '%DATA_WIZYTY%' },
        { messageId: 'body', data: { field: '[uzupełnij: pokój]' }, at: '[uzupełnij: pokój]' },
      ],
    },
    {
      name: 'issue 14.4: the summons without office hours leaves "[uzupełnij: godziny pracy]"',
      message: { ...base, bodyHtml: html(summonsText('pl', { sender: room })) },
      errors: [{ messageId: 'body', data: { field: '[uzupełnij: godziny pracy]' }, at: '[uzupełnij: godziny pracy]', fix: null }],
    },
    {
      name: 'every open field is named, English ones too',
      message: { ...base, bodyText: summonsText('en', { date: '2026-12-03', sender: {} }) },
      errors: [
        { messageId: 'body', at: '[fill in: time]' },
        { messageId: 'body', at: '[fill in: room number]' },
        { messageId: 'body', at: '[fill in: name]' },
        { messageId: 'body', at: '[fill in: phone]' },
      ],
    },
    { name: 'in the subject', message: { ...base, subject: 'Wezwanie – [uzupełnij: znak sprawy]', bodyText: 'Dzień dobry,\ntreść.\n\nZ poważaniem' }, errors: [{ messageId: 'subject', at: '[uzupełnij: znak sprawy]' }] },
    { name: 'any letter case', message: { ...base, bodyText: 'Dzień dobry,\npokój [Uzupełnij: numer pokoju].\n\nZ poważaniem' }, errors: [{ messageId: 'body', data: { field: '[Uzupełnij: numer pokoju]' } }] },
    {
      name: 'the office’s own patterns (policy option "patterns"), in the text and the subject',
      message: { ...base, subject: 'Decyzja nr ____', bodyText: 'Szanowny Panie,\nzapraszam do pokoju [[numer pokoju]] w dniu ____ r.\n\nZ poważaniem' },
      options: { patterns: ['\\[\\[[^\\]]{1,80}\\]\\]', '_{3,}'] },
      errors: [
        { messageId: 'subject', data: { field: '____' }, at: '____' },
        { messageId: 'body', data: { field: '[[numer pokoju]]' }, at: '[[numer pokoju]]' },
        { messageId: 'body', data: { field: '____' }, at: '____' },
      ],
    },
    {
      name: 'a field that a marker and a pattern both find is named once',
      message: { ...base, bodyText: 'Dzień dobry,\npokój [uzupełnij: numer pokoju].\n\nZ poważaniem' },
      options: { patterns: ['\\[uzupełnij:[^\\]]*\\]'] },
      errors: [{ messageId: 'body', data: { field: '[uzupełnij: numer pokoju]' } }],
    },
  ],
});
