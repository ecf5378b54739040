import { rule } from '../../src/engine/rules/subject-too-long';
import { ruleTester } from '../support/rule-tester';

const to = [{ name: 'Jan Nowak', address: 'jan.nowak@wp.pl' }];
const bodyText = 'Szanowny Panie,\nprzesyłam informację.\n\nZ poważaniem\nAnna Wiśniewska';
// Cut to 78 characters: exactly the default limit.
const subject78 = 'Wniosek o wydanie zaświadczenia o niezaleganiu w podatkach – znak FN.3120.5.2026'.slice(0, 78);
const long = 'Odpowiedź na wniosek z dnia 3 listopada 2026 r. w sprawie wydania zaświadczenia o niezaleganiu w podatkach';

ruleTester(rule, {
  valid: [
    { name: 'typical subject', message: { to, bodyText, subject: 'Termin odbioru prawa jazdy' } },
    { name: 'exactly 78 characters', message: { to, bodyText, subject: subject78 } },
    { name: 'prefixes do not count', message: { to, bodyText, composeType: 'reply', subject: `RE: ODP: ${subject78}` } },
    { name: 'empty subject', message: { to, bodyText, subject: '' } },
    { name: 'a higher limit from the policy', options: { maxLength: 120 }, message: { to, bodyText, subject: long } },
    // 78 characters as a reader counts them, 79 UTF-16 code units.
    { name: 'an emoji counts as one character', message: { to, bodyText, subject: `${subject78.slice(0, 77)}📄` } },
    { name: 'generic but short', message: { to, bodyText, subject: 'Pytanie' } },
    { name: 'forward of a reference', message: { to, bodyText, composeType: 'forward', subject: 'PD: Decyzja KT.5430.112.2026 o rejestracji pojazdu' } },
  ],
  invalid: [
    { name: 'a whole sentence as subject', message: { to, bodyText, subject: long }, errors: [{ messageId: 'tooLong', data: { length: long.length, max: 78 }, at: long, fix: null }] },
    { name: 'one over the limit', message: { to, bodyText, subject: `${subject78}!` }, errors: [{ messageId: 'tooLong', data: { length: 79, max: 78 } }] },
    { name: 'long reply: located after the prefix', message: { to, bodyText, composeType: 'reply', subject: `RE: ${long}` }, errors: [{ messageId: 'tooLong', data: { length: long.length }, at: long }] },
    { name: 'a lower limit from the policy', options: { maxLength: 40 }, message: { to, bodyText, subject: 'Wniosek o zaświadczenie – znak OR.1234.5.2026' }, errors: [{ messageId: 'tooLong', data: { length: 45, max: 40 } }] },
    { name: 'the body pasted into the subject', message: { to, bodyText, subject: 'Dzień dobry, proszę o informację, kiedy mogę odebrać dowód rejestracyjny samochodu, który zarejestrowałem' }, errors: [{ messageId: 'tooLong' }] },
    { name: 'long forward', message: { to, bodyText, composeType: 'forward', subject: `FW: ${long}` }, errors: [{ messageId: 'tooLong', at: long }] },
    { name: 'long subject, HTML body', message: { to, bodyHtml: '<p>Szanowni Państwo,</p>', subject: long }, errors: [{ messageId: 'tooLong' }] },
    { name: 'trailing spaces do not hide a long subject', message: { to, bodyText, subject: `${long}   ` }, errors: [{ messageId: 'tooLong', data: { length: long.length }, at: long }] },
  ],
});
