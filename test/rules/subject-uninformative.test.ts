import { rule } from '../../src/engine/rules/subject-uninformative';
import { ruleTester } from '../support/rule-tester';

const to = [{ name: 'Maria Kowalczyk', address: 'maria.kowalczyk@gmail.com' }];
const bodyText = 'Szanowna Pani,\nuprzejmie informuję, że zaświadczenie jest gotowe do odbioru.\n\nZ poważaniem\nAnna Wiśniewska';

ruleTester(rule, {
  valid: [
    { name: 'names the matter with a reference', message: { to, bodyText, subject: 'Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026' } },
    { name: 'reply that names the matter', message: { to, bodyText, composeType: 'reply', subject: 'RE: Wniosek o zaświadczenie – znak OR.1234.5.2026' } },
    { name: 'generic word followed by the matter', message: { to, bodyText, subject: 'Pilne: termin płatności podatku od nieruchomości' } },
    { name: 'question with its topic', message: { to, bodyText, subject: 'Pytanie o termin odbioru dowodu rejestracyjnego' } },
    { name: 'forward with Polish prefix and a topic', message: { to, bodyText, composeType: 'forward', subject: 'PD: Protokół z kontroli drogi powiatowej nr 1412O' } },
    { name: 'several prefixes and a topic', message: { to, bodyText, composeType: 'reply', subject: 'ODP: RE: Odp: Zgłoszenie awarii oświetlenia ul. Głowackiego' } },
    { name: 'empty subject is subject-missing, not this rule', message: { to, bodyText, subject: '' } },
    { name: 'a word that merely starts like a prefix', message: { to, bodyText, subject: 'Rejestracja pojazdu' } },
    { name: 'English subject naming the matter', message: { to, bodyText, subject: 'Certificate of residence – request no. 45/2026' } },
  ],
  invalid: [
    { name: 'only "Pytanie"', message: { to, bodyText, subject: 'Pytanie' }, errors: [{ messageId: 'generic', data: { subject: 'Pytanie' }, at: 'Pytanie', fix: null }] },
    { name: 'reply to "Pytanie"', message: { to, bodyText, composeType: 'reply', subject: 'RE: Pytanie' }, errors: [{ messageId: 'generic', data: { subject: 'Pytanie' }, at: 'Pytanie' }] },
    { name: '"Pilne!!!" shouting', message: { to, bodyText, subject: 'Pilne!!!' }, errors: [{ messageId: 'generic', data: { subject: 'Pilne!!!' }, at: 'Pilne!!!' }] },
    { name: '"Do wiadomości" with trailing space', message: { to, bodyText, subject: 'Do wiadomości ' }, errors: [{ messageId: 'generic', data: { subject: 'Do wiadomości' }, at: 'Do wiadomości' }] },
    { name: 'lower-case test', message: { to, bodyText, subject: 'test' }, errors: [{ messageId: 'generic', at: 'test' }] },
    { name: 'forward of "Dokumenty"', message: { to, bodyText, composeType: 'forward', subject: 'FW: Dokumenty' }, errors: [{ messageId: 'generic', data: { subject: 'Dokumenty' }, at: 'Dokumenty' }] },
    { name: 'bare RE:', message: { to, bodyText, composeType: 'reply', subject: 'RE:' }, errors: [{ messageId: 'prefixOnly', data: { prefix: 'RE:' }, at: 'RE:' }] },
    { name: 'bare FW:', message: { to, bodyText, composeType: 'forward', subject: 'FW: ' }, errors: [{ messageId: 'prefixOnly', data: { prefix: 'FW:' }, at: 'FW:' }] },
    { name: 'bare PD:', message: { to, bodyText, composeType: 'forward', subject: 'PD:' }, errors: [{ messageId: 'prefixOnly', data: { prefix: 'PD:' } }] },
    { name: 'bare ODP: Odp:', message: { to, bodyText, composeType: 'reply', subject: 'ODP: Odp:' }, errors: [{ messageId: 'prefixOnly', data: { prefix: 'ODP: Odp:' } }] },
    { name: 'bare Fwd: and AW:', message: { to, bodyText, composeType: 'forward', subject: 'Fwd: AW:' }, errors: [{ messageId: 'prefixOnly', data: { prefix: 'Fwd: AW:' } }] },
    { name: 'Outlook counter RE[2]: Sprawa', message: { to, bodyText, composeType: 'reply', subject: 'RE[2]: Sprawa' }, errors: [{ messageId: 'generic', data: { subject: 'Sprawa' }, at: 'Sprawa' }] },
    { name: '"Prośba" from a citizen\'s thread', message: { to, bodyText, composeType: 'reply', subject: 'Odp: Prośba' }, errors: [{ messageId: 'generic', data: { subject: 'Prośba' } }] },
  ],
});
