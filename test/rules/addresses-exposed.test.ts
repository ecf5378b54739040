import { rule } from '../../src/engine/rules/addresses-exposed';
import { ruleTester } from '../support/rule-tester';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG } from '../../src/engine/config';

const from = { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' };
const citizen = { name: 'Anna Kowalska', address: 'anna.kowalska@wp.pl' };
const forwardHeader = '\n\n-----Original Message-----\nFrom: Piotr Zieliński <piotr.zielinski@gmail.com>\nSent: 2 marca 2026\nTo: sekretariat@gmina.example.pl\nSubject: Hałas z budowy\n\n';
const replyHeader = '\n\nOd: Anna Kowalska <anna.kowalska@wp.pl>\nWysłane: 2 marca 2026\nDo: jan.nowak@gmina.example.pl\nTemat: Wniosek\n\n';
const signature = buildSignature({ ...DEFAULT_CONFIG, organization: { name: 'Urząd Gminy Example', accounts: [] } }, { name: 'Jan Nowak', email: 'jan.nowak.prywatny@gmail.com', position: 'Inspektor', department: 'Wydział Ochrony Środowiska', phone: '77 123 45 67' }, 'full').html;

ruleTester(rule, {
  valid: [
    { name: 'no address at all', message: { from, to: [citizen], bodyText: 'Dzień dobry,\nsprawa jest w toku.' } },
    { name: 'the recipient’s own address quoted back to them', message: { from, to: [citizen], bodyText: 'Odpowiedź wyślemy na adres anna.kowalska@wp.pl.' } },
    { name: 'the sender’s own address', message: { from, to: [citizen], bodyText: 'W razie pytań proszę pisać na jan.nowak@gmina.example.pl.' } },
    { name: 'the office’s general mailbox (internal domain)', message: { from, to: [citizen], bodyText: 'Wnioski prosimy kierować na sekretariat@gmina.example.pl.' } },
    { name: 'an address of an internal subdomain', message: { from, to: [citizen], bodyText: 'Kontakt: ops@mops.gmina.example.pl' } },
    { name: 'a Cc recipient named in the text', message: { from, to: [citizen], cc: [{ address: 'adwokat@kancelaria.example.com' }], bodyText: 'Kopię otrzymuje pełnomocnik (adwokat@kancelaria.example.com).' } },
    { name: 'all recipients internal: a colleague may see a citizen’s address', message: { from, to: [{ address: 'ewa.lis@gmina.example.pl' }], bodyText: 'Ewo, proszę odpisać panu na piotr.zielinski@gmail.com.' } },
    { name: 'a reply’s quote goes back to its authors', message: { from, to: [citizen], composeType: 'reply', bodyText: `Szanowna Pani,\nodpowiadam poniżej.${replyHeader}Proszę też o kontakt z sąsiadem: piotr.zielinski@gmail.com` } },
    { name: 'the clerk’s address inside the inserted signature', message: { from, to: [citizen], bodyHtml: `<div>Szanowna Pani,</div><div>decyzja jest gotowa.</div>${signature}` } },
    { name: 'something that only looks like an address', message: { from, to: [citizen], bodyText: 'Konto @urzad na platformie i adres www.gmina.example.pl' } },
    { name: 'a recipient written in capitals', message: { from, to: [citizen], bodyText: 'Piszemy na ANNA.KOWALSKA@WP.PL zgodnie z prośbą.' } },
  ],
  invalid: [
    {
      name: 'a neighbour’s address in a reply to a citizen',
      message: { from, to: [citizen], bodyText: 'Szanowna Pani,\nskargę złożył też pan Piotr (piotr.zielinski@gmail.com).' },
      errors: [{ messageId: 'exposed', data: { address: 'piotr.zielinski@gmail.com' }, at: 'piotr.zielinski@gmail.com', fix: null }],
    },
    {
      name: 'two third parties, each reported once',
      message: { from, to: [citizen], bodyText: 'Do wiadomości: a.nowak@onet.pl, b.wrona@o2.pl, a.nowak@onet.pl.' },
      errors: [
        { messageId: 'exposed', data: { address: 'a.nowak@onet.pl' } },
        { messageId: 'exposed', data: { address: 'b.wrona@o2.pl' } },
      ],
    },
    {
      name: 'a forward carries the quoted sender’s address to a new reader',
      message: { from, to: [{ address: 'kontakt@wykonawca.example.com' }], composeType: 'forward', bodyText: `Dzień dobry,\nprzekazuję skargę mieszkańca.${forwardHeader}Budowa hałasuje od 5 rano.` },
      errors: [{ messageId: 'exposed', data: { address: 'piotr.zielinski@gmail.com' } }],
    },
    {
      name: 'a Bcc recipient is external too',
      message: { from, bcc: [citizen], bodyText: 'Lista uczestników: marek.lis@interia.pl' },
      errors: [{ messageId: 'exposed', data: { address: 'marek.lis@interia.pl' } }],
    },
    {
      name: 'an address in Outlook HTML',
      message: { from, to: [citizen], bodyHtml: '<div>Szanowna Pani,</div><div>proszę skontaktować się z <a href="mailto:rzeczoznawca@firma.example.com">rzeczoznawca@firma.example.com</a>.</div>' },
      errors: [{ messageId: 'exposed', data: { address: 'rzeczoznawca@firma.example.com' } }],
    },
    {
      name: 'a company address in a letter to a citizen',
      message: { from, to: [citizen], bodyText: 'Wykonawca robót: biuro@budex.example.com.pl' },
      errors: [{ messageId: 'exposed', data: { address: 'biuro@budex.example.com.pl' } }],
    },
    {
      name: 'a typed signature of someone else',
      message: { from, to: [citizen], bodyText: 'W zastępstwie proszę pisać do kolegi z urzędu wojewódzkiego: t.mazur@uw.example.gov.pl' },
      errors: [{ messageId: 'exposed', data: { address: 't.mazur@uw.example.gov.pl' } }],
    },
    {
      name: 'a list pasted into the text of a new message',
      message: { from, to: [{ address: 'rada@osiedle.example.org' }], bodyText: 'Zgłoszenia przysłali:\n- j.kot@wp.pl\n- m.pies@gmail.com' },
      errors: [
        { messageId: 'exposed', data: { address: 'j.kot@wp.pl' } },
        { messageId: 'exposed', data: { address: 'm.pies@gmail.com' } },
      ],
    },
    {
      name: 'an address next to punctuation',
      message: { from, to: [citizen], bodyText: 'Świadek (e.wrobel@poczta.fm), potwierdził zdarzenie.' },
      errors: [{ messageId: 'exposed', data: { address: 'e.wrobel@poczta.fm' }, at: 'e.wrobel@poczta.fm' }],
    },
    {
      name: 'a reply whose own text, not its quote, shows a third party',
      message: { from, to: [citizen], composeType: 'reply', bodyText: `Szanowna Pani,\nsprawę prowadzi też k.nowicka@op.pl.${replyHeader}Proszę o informację.` },
      errors: [{ messageId: 'exposed', data: { address: 'k.nowicka@op.pl' } }],
    },
  ],
});
