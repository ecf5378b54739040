import { rule } from '../../src/engine/rules/signature-incomplete';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { formatFinding } from '../../src/engine/i18n';
import { ruleTester, runRule } from '../support/rule-tester';

const citizen = { name: 'Jan Nowak', address: 'jan.nowak@wp.pl' };
const clerk = { name: 'Anna Wiśniewska', address: 'a.wisniewska@powiat.example.pl' };
const sender = { name: 'Anna Wiśniewska', position: 'Inspektor', department: 'Wydział Komunikacji i Transportu', phone: '77 405 27 31', email: 'a.wisniewska@powiat.example.pl' };
const base = { from: clerk, to: [citizen], sender, subject: 'Rejestracja pojazdu – znak KT.5410.88.2026' };
const organization = { name: 'Starostwo Powiatowe w Kędzierzynie-Koźlu', address: 'ul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle', registry: 'NIP 749-20-91-234, REGON 531412345', accounts: [] };
const policy = { organization };
const config: EngineConfig = { ...DEFAULT_CONFIG, organization };
const full = buildSignature(config, sender, 'full');
const short = buildSignature(config, sender, 'short');
const own = '<div>Szanowny Panie,</div><div>dowód rejestracyjny jest do odbioru w pokoju 12.</div><div>Z poważaniem</div>';
const ownText = 'Szanowny Panie,\ndowód rejestracyjny jest do odbioru w pokoju 12.\n\nZ poważaniem\n';
const quoteHtml = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@wp.pl&gt;<br><b>Temat:</b> Rejestracja</div><div>Kiedy odbiorę dowód?</div>';
const typedComplete = 'Anna Wiśniewska\nInspektor\nWydział Komunikacji i Transportu\nStarostwo Powiatowe w Kędzierzynie-Koźlu\nul. Żeromskiego 7\n47-220 Kędzierzyn-Koźle\ntel. 77 405 27 31';
const replace = (variant: 'full' | 'short') => ({ kind: 'insertSignature', variant, replace: true }) as const;

ruleTester(rule, {
  valid: [
    { name: 'our full signature on a new message', policy, message: { ...base, bodyHtml: `${own}${full.html}` } },
    { name: 'our short signature on a reply', policy, message: { ...base, composeType: 'reply', bodyHtml: `${own}${short.html}${quoteHtml}` } },
    { name: 'a complete typed signature, street and postal code on two lines', policy, message: { ...base, bodyText: `${ownText}${typedComplete}` } },
    { name: 'typed signature of another office, recognised by its words', message: { ...base, sender: { name: 'Tomasz Lis' }, from: { name: 'Tomasz Lis', address: 't.lis@ug.example.pl' }, bodyText: `${ownText}Tomasz Lis\nReferent\nReferat Podatków\nUrząd Gminy Reńska Wieś\nul. Opolska 3, 47-208 Reńska Wieś\ntel. +48 77 482 10 11` } },
    { name: 'no signature at all is signature-missing\'s finding', policy, message: { ...base, bodyText: ownText } },
    { name: 'reply: the short fields are enough, no address needed', message: { ...base, composeType: 'reply', bodyText: `${ownText}Anna Wiśniewska\nInspektor, Wydział Komunikacji i Transportu\nStarostwo Powiatowe\ntel. 77 405 27 31\n\nDnia 16.11.2026 Jan Nowak <jan.nowak@wp.pl> napisał(a):\n> Kiedy?` } },
    { name: 'a policy that only requires the name and phone', policy: { signature: { required: ['name', 'phone'] } }, message: { ...base, bodyText: `${ownText}Anna Wiśniewska\ntel. 77 405 27 31` } },
    { name: 'registry data and notice when the policy requires them', policy: { organization, signature: { required: ['name', 'registry', 'notice'] } }, message: { ...base, bodyHtml: `${own}${full.html}` } },
    { name: 'degrees before the name, name unknown to the settings', message: { ...base, sender: undefined, from: { address: 'komunikacja@powiat.example.pl' }, bodyText: `${ownText}-- \nmgr inż. Marek Zieliński\nKierownik Referatu Dróg\nZarząd Dróg Powiatowych\nul. Kozielska 12, 47-200 Kędzierzyn-Koźle\ntel. 77 405 28 00` } },
  ],
  invalid: [
    {
      name: 'typed: a name and an abbreviated position ("Insp. ds. gospodarki odpadami") lack office, department, address, phone',
      policy,
      message: { ...base, sender: undefined, from: { address: 'odpady@gmina.example.pl' }, bodyText: `${ownText}Jan Nowak\nInsp. ds. gospodarki odpadami` },
      errors: [{ messageId: 'incomplete', data: { fields: 'office,department,address,phone', count: 4 }, at: 'Jan Nowak\nInsp. ds. gospodarki odpadami', fix: null }],
    },
    {
      name: 'the closing after "--" is not taken for the name',
      policy,
      message: { ...base, sender: undefined, from: { address: 'komunikacja@powiat.example.pl' }, bodyText: 'Dzień dobry,\nprzesyłam skan decyzji.\n\n--\nPozdrawiam\nEwa Nowak\ntel. 77 405 27 31' },
      errors: [{ messageId: 'incomplete', data: { fields: 'position,office,department,address', count: 4 }, fix: null }],
    },
    {
      name: 'typed signature with name and phone only: no fix, the typed block is the clerk\'s (issue 14: no edit that cannot be made exactly)',
      policy,
      message: { ...base, bodyText: `${ownText}Anna Wiśniewska\ntel. 77 405 27 31` },
      errors: [{ messageId: 'incomplete', data: { fields: 'position,office,department,address', count: 4 }, at: 'Anna Wiśniewska\ntel. 77 405 27 31', fix: null }],
    },
    {
      name: 'our signature still holds placeholders',
      message: { ...base, sender: { name: 'Piotr Zając' }, from: { name: 'Piotr Zając', address: 'p.zajac@powiat.example.pl' }, bodyHtml: `${own}${buildSignature(DEFAULT_CONFIG, { name: 'Piotr Zając' }, 'full').html}` },
      errors: [{ messageId: 'placeholder', data: { fields: 'position,office,department,address,phone', count: 5 }, fix: replace('full') }],
    },
    {
      name: 'reply: the short signature lacks the phone',
      policy,
      message: { ...base, composeType: 'reply', bodyHtml: `${own}${buildSignature(config, { ...sender, phone: undefined }, 'short').html}${quoteHtml}` },
      errors: [{ messageId: 'placeholder', data: { fields: 'phone', count: 1 }, fix: replace('short') }],
    },
    {
      name: 'reply: typed signature without position',
      message: { ...base, composeType: 'reply', bodyText: `${ownText}Anna Wiśniewska\nWydział Komunikacji i Transportu\nStarostwo Powiatowe\ntel. 77 405 27 31\n\n-----Original Message-----\nFrom: Jan Nowak <jan.nowak@wp.pl>\nSent: Monday\nSubject: Rejestracja` },
      errors: [{ messageId: 'incomplete', data: { fields: 'position', count: 1 }, fix: null }],
    },
    {
      name: 'the policy requires registry data and the notice',
      policy: { organization, signature: { required: ['name', 'position', 'office', 'department', 'address', 'phone', 'registry', 'notice'] } },
      message: { ...base, bodyText: `${ownText}${typedComplete}` },
      errors: [{ messageId: 'incomplete', data: { fields: 'registry,notice', count: 2 }, fix: null }],
    },
    {
      name: 'an office e-mail address is not an office name',
      policy: { signature: { required: ['name', 'office', 'email'] } },
      message: { ...base, bodyText: `${ownText}Anna Wiśniewska\nbiuro@gmina.example.pl` },
      errors: [{ messageId: 'incomplete', data: { fields: 'office', count: 1 } }],
    },
    {
      name: 'address without a postal code',
      policy,
      message: { ...base, bodyText: `${ownText}Anna Wiśniewska\nInspektor\nWydział Komunikacji i Transportu\nStarostwo Powiatowe\nul. Żeromskiego 7\ntel. 77 405 27 31` },
      errors: [{ messageId: 'incomplete', data: { fields: 'address', count: 1 } }],
    },
    {
      name: 'a NIP is not a phone number',
      message: { ...base, bodyText: `${ownText}Anna Wiśniewska\nInspektor\nWydział Komunikacji i Transportu\nStarostwo Powiatowe\nul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle\nNIP 749-209-12-34` },
      errors: [{ messageId: 'incomplete', data: { fields: 'phone', count: 1 }, fix: null }],
    },
    {
      name: 'English placeholders left by an English-language Outlook',
      policy,
      message: { ...base, composeType: 'forward', bodyHtml: `<div>Przekazuję wg właściwości.</div>${buildSignature(config, { name: 'Anna Wiśniewska' }, 'short', 'en').html}${quoteHtml}` },
      errors: [{ messageId: 'placeholder', data: { fields: 'position,department,phone', count: 3 }, fix: replace('short') }],
    },
  ],
});

describe('signature-incomplete messages', () => {
  test('name the missing fields in the reader\'s language', () => {
    const [finding] = runRule(rule, { name: 'two missing', policy, message: { ...base, bodyText: `${ownText}Anna Wiśniewska\nInspektor\nWydział Komunikacji i Transportu\nStarostwo Powiatowe` } });
    expect(finding.data).toEqual({ fields: 'address,phone', count: 2 });
    expect(formatFinding('pl', finding)).toBe('W podpisie brakuje: adres, telefon.');
    expect(formatFinding('en', finding)).toBe('The signature lacks: address, phone.');
  });
});
