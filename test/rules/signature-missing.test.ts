import { rule } from '../../src/engine/rules/signature-missing';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { ruleTester } from '../support/rule-tester';

const citizen = { name: 'Jan Nowak', address: 'jan.nowak@wp.pl' };
const clerk = { name: 'Anna Wiśniewska', address: 'a.wisniewska@powiat.example.pl' };
const sender = { name: 'Anna Wiśniewska', position: 'Inspektor', department: 'Wydział Komunikacji', phone: '77 405 27 31' };
const base = { from: clerk, to: [citizen], sender, subject: 'Rejestracja pojazdu – znak KT.5410.88.2026' };
const policy = { organization: { name: 'Starostwo Powiatowe w Kędzierzynie-Koźlu', address: 'ul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle', accounts: [] } };
const full = buildSignature({ ...DEFAULT_CONFIG, ...policy }, sender, 'full');
const short = buildSignature({ ...DEFAULT_CONFIG, ...policy }, sender, 'short');
const own = '<div>Szanowny Panie,</div><div>dowód rejestracyjny jest do odbioru w pokoju 12.</div><div>Z poważaniem</div>';
const quoteHtml = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@wp.pl&gt;<br><b>Wysłane:</b> 16 listopada 2026<br><b>Temat:</b> Rejestracja</div><div>Kiedy odbiorę dowód?</div><div>Jan Nowak</div><div>tel. 601 222 333</div><div>ul. Długa 5, 47-200 Kędzierzyn-Koźle</div>';
const quoteText = '\n\nDnia 16.11.2026 o 10:12 Jan Nowak <jan.nowak@wp.pl> napisał(a):\n> Kiedy odbiorę dowód?\n> Jan Nowak\n> tel. 601 222 333';

ruleTester(rule, {
  valid: [
    { name: 'new message with our full HTML signature', message: { ...base, bodyHtml: `${own}${full.html}` } },
    { name: 'reply with our short signature counts', message: { ...base, composeType: 'reply', bodyHtml: `${own}${short.html}${quoteHtml}` } },
    { name: 'forward with our short signature', message: { ...base, composeType: 'forward', bodyHtml: `<div>Przekazuję wg właściwości.</div>${short.html}${quoteHtml}` } },
    { name: 'typed signature: name then position and phone', message: { ...base, bodyText: 'Dzień dobry,\ndecyzja jest gotowa.\n\nZ poważaniem\nAnna Wiśniewska\nInspektor\ntel. 77 405 27 31' } },
    { name: 'our text variant in a plain-text message', message: { ...base, bodyText: `Dzień dobry,\ndecyzja jest gotowa.\n\nZ poważaniem\n${full.text}` } },
    { name: 'typed "-- " signature in a plain-text reply', message: { ...base, composeType: 'reply', bodyText: `Dzień dobry,\nodpowiedź poniżej.\n\n-- \nAnna Wiśniewska\nWydział Komunikacji${quoteText}` } },
    { name: 'name unknown: contact block right after the closing', message: { ...base, sender: undefined, from: { address: 'komunikacja@powiat.example.pl' }, bodyText: 'Szanowni Państwo,\nw załączeniu protokół.\n\nZ poważaniem\nMarek Zieliński\nKierownik Referatu Dróg\ntel. 77 405 28 00' } },
    { name: 'short signature is enough on a new message too (signature-incomplete judges fields)', message: { ...base, bodyHtml: `${own}${short.html}` } },
    // Typed signatures as offices write them (SPEC § 2.1): a name line, then a position, office, address or phone line.
    { name: 'typed: name, then an abbreviated position ("Insp. ds.")', message: { ...base, sender: undefined, from: { address: 'odpady@gmina.example.pl' }, bodyText: 'Szanowny Panie,\nodpady wielkogabarytowe odbierzemy 12 maja.\n\nZ poważaniem\nJan Nowak\nInsp. ds. gospodarki odpadami' } },
    { name: 'typed: name, then "Z-ca Kierownika"', message: { ...base, sender: undefined, from: { address: 'usc@gmina.example.pl' }, bodyText: 'Dzień dobry,\nakt jest gotowy do odbioru.\n\nEwa Kowalczyk\nZ-ca Kierownika USC' } },
    { name: 'typed: name, then "Specjalista ds. …" with no closing above', message: { ...base, sender: undefined, from: { address: 'kadry@gmina.example.pl' }, bodyText: 'Dzień dobry,\nw załączeniu zaświadczenie.\nAnna Maj\nSpecjalista ds. kadr' } },
    { name: 'typed: name, then "Sekretarz Gminy"', message: { ...base, sender: undefined, from: { address: 'sekretariat@gmina.example.pl' }, bodyText: 'Szanowni Państwo,\nsesja odbędzie się 3 czerwca.\n\nmgr Piotr Lis\nSekretarz Gminy' } },
    { name: 'typed: name, then the office and its phone', message: { ...base, sender: undefined, from: { address: 'ug@gmina.example.pl' }, bodyText: 'Dzień dobry,\nprzesyłam decyzję.\n\nJan Nowak\nUrząd Gminy Example\ntel. 77 123 45 67' } },
    { name: 'the closing after "--", then name and phone', message: { ...base, sender: undefined, from: { address: 'ug@gmina.example.pl' }, bodyText: 'Dzień dobry,\nprzesyłam skan decyzji.\n\n--\nPozdrawiam\nEwa Nowak\ntel. 77 405 27 31' } },
  ],
  invalid: [
    { name: 'new message without any signature', message: { ...base, bodyText: 'Szanowny Panie,\ndowód rejestracyjny jest do odbioru.\n\nZ poważaniem' }, errors: [{ messageId: 'missing', data: { variant: 'full' }, fix: { kind: 'insertSignature', variant: 'full', replace: false } }] },
    { name: 'reply with only the closing and a name', message: { ...base, composeType: 'reply', bodyHtml: `${own}<div>Anna Wiśniewska</div>${quoteHtml}` }, errors: [{ messageId: 'missing', data: { variant: 'short' }, fix: { kind: 'insertSignature', variant: 'short', replace: false } }] },
    { name: 'signature details only in the quoted thread (the citizen\'s)', message: { ...base, composeType: 'reply', bodyHtml: `${own}${quoteHtml}` }, errors: [{ messageId: 'missing', fix: { kind: 'insertSignature', variant: 'short', replace: false } }] },
    { name: 'plain-text reply, quote with "> "', message: { ...base, composeType: 'reply', bodyText: `Dzień dobry,\ndowód jest do odbioru.\nPozdrawiam${quoteText}` }, errors: [{ messageId: 'missing', fix: { kind: 'insertSignature', variant: 'short', replace: false } }] },
    { name: 'bare forward', message: { ...base, composeType: 'forward', bodyHtml: quoteHtml }, errors: [{ messageId: 'missing', data: { variant: 'short' }, fix: { kind: 'insertSignature', variant: 'short', replace: false } }] },
    { name: 'empty new message', message: { ...base, bodyText: '' }, errors: [{ messageId: 'missing', fix: { kind: 'insertSignature', variant: 'full', replace: false } }] },
    { name: 'a lone "--" at the very end is no signature', message: { ...base, bodyText: 'Dzień dobry,\nzałączam skan.\n--' }, errors: [{ messageId: 'missing', fix: { kind: 'insertSignature', variant: 'full', replace: false } }] },
    { name: 'Outlook HTML new message with a mobile footer only', message: { ...base, bodyHtml: '<p>Szanowni Państwo,</p><p>potwierdzam otrzymanie wniosku.</p><p>Z poważaniem</p><p>Wysłane z aplikacji Outlook dla Android</p>' }, errors: [{ messageId: 'missing', fix: { kind: 'insertSignature', variant: 'full', replace: false } }] },
    {
      name: 'a citizen\'s name and address in the text are no signature',
      message: { ...base, sender: undefined, from: { address: 'ug@gmina.example.pl' }, bodyText: 'Szanowny Panie,\nproszę o przesłanie dokumentów na adres:\nJan Kowalski\nul. Długa 5\n00-001 Warszawa\n\nZ poważaniem' },
      errors: [{ messageId: 'missing', data: { variant: 'full' }, fix: { kind: 'insertSignature', variant: 'full', replace: false } }],
    },
    {
      name: 'a name alone after the closing is no signature',
      message: { ...base, sender: undefined, from: { address: 'ug@gmina.example.pl' }, bodyText: 'Dzień dobry,\nprzesyłam decyzję.\n\nZ poważaniem\nJan Nowak' },
      errors: [{ messageId: 'missing', data: { variant: 'full' }, fix: { kind: 'insertSignature', variant: 'full', replace: false } }],
    },
  ],
});
