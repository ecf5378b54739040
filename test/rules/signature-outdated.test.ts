import { ruleTester } from '../support/rule-tester';
import { rule, namesOrganisation } from '../../src/engine/rules/signature-outdated';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG, type EngineConfig, type Organization } from '../../src/engine/config';
import type { ComposeType, SenderProfile } from '../../src/engine/model';

const org: Organization = {
  name: 'Starostwo Powiatowe w Kędzierzynie-Koźlu',
  address: 'ul. Piastowska 1, 47-220 Kędzierzyn-Koźle',
  phone: '+48 77 405 27 00',
  registry: 'NIP 749-200-41-23, REGON 531412345',
  accounts: [],
};
const policy = { organization: org };
const clerk = { name: 'Beata Kruk', address: 'b.kruk@powiat.kedzierzyn-kozle.pl' };
const profile: SenderProfile = { name: 'Beata Kruk', position: 'Inspektor', department: 'Wydział Geodezji' };

/** A plain-text message with a typed signature after the closing. */
function typed(signatureLines: string[], composeType: ComposeType = 'new', sender: SenderProfile = profile) {
  const quote = composeType === 'reply' ? '\n\nOd: Jan Kowal <jan.kowal@gmail.com>\nWysłane: 20 listopada 2026\nDo: b.kruk@powiat.kedzierzyn-kozle.pl\nTemat: Mapa\n\nul. Długa 5, tel. 600 100 200' : '';
  return {
    from: clerk,
    to: [{ address: 'jan.kowal@gmail.com' }],
    sender,
    composeType,
    subject: composeType === 'reply' ? 'RE: Mapa do celów projektowych' : 'Mapa do celów projektowych',
    bodyText: `Szanowny Panie,\nmapa jest gotowa do odbioru.\n\nZ poważaniem\n${signatureLines.join('\n')}${quote}`,
  };
}

/** An Outlook HTML message with the signature Etykieta inserted from a given policy. */
function inserted(from: Organization, composeType: ComposeType = 'new') {
  const config: EngineConfig = { ...DEFAULT_CONFIG, organization: from };
  const sig = buildSignature(config, { ...profile, phone: '' }, composeType === 'new' ? 'full' : 'short');
  return {
    from: clerk,
    to: [{ address: 'jan.kowal@gmail.com' }],
    sender: profile,
    composeType,
    subject: 'Mapa do celów projektowych',
    bodyHtml: `<html><body><p>Szanowny Panie,</p><p>mapa jest gotowa do odbioru.</p><p>Z poważaniem</p>${sig.html}</body></html>`,
  };
}

const OLD = { ...org, address: 'ul. Kozielska 8, 47-220 Kędzierzyn-Koźle', phone: '77 483 00 00', registry: 'NIP 749-200-41-23, REGON 000012345' };

ruleTester(rule, {
  valid: [
    { name: 'typed signature with the current data', message: typed(['Beata Kruk', 'Inspektor, Wydział Geodezji', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Piastowska 1, 47-220 Kędzierzyn-Koźle', 'tel. 77 405 27 00', 'NIP 7492004123, REGON 531412345']), policy },
    { name: 'current data written differently: no "ul.", other spacing and dashes, address over two lines', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'Piastowska 1', '47-220 KĘDZIERZYN-KOŹLE', 'tel. (77) 405-27-00', 'REGON: 531 412 345']), policy },
    { name: 'the current address in another order', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', '47-220 Kędzierzyn-Koźle, ul. Piastowska 1']), policy },
    { name: 'the clerk’s own direct line from the settings', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 405 27 31'], 'new', { ...profile, phone: '77 405 27 31' }), policy },
    { name: 'an extension and a fax number do not count', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 405 27 00 wew. 31, fax 77 405 27 99']), policy },
    { name: 'the inserted full signature built from the current policy', message: inserted(org), policy },
    { name: 'the inserted short signature on a reply', message: inserted(org, 'reply'), policy },
    { name: 'the policy has no address, phone or registry', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Kozielska 8, 47-220 Kędzierzyn-Koźle', 'tel. 77 483 00 00']), policy: { organization: { name: org.name, accounts: [] } } },
    { name: 'the policy has no organisation name to recognise the signature by', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 483 00 00']), policy: { organization: { ...org, name: undefined } } },
    { name: 'a signature of another office is not ours to judge', message: typed(['Beata Kruk', 'Urząd Miasta Opola', 'ul. Rynek 1, 45-015 Opole', 'tel. 77 541 10 00']), policy },
    { name: 'no signature at all', message: { from: clerk, to: [{ address: 'jan.kowal@gmail.com' }], subject: 'Mapa', bodyText: 'Szanowny Panie,\nmapa jest gotowa.' }, policy },
    { name: 'the signature lacks the fields: signature-incomplete reports that, not this rule', message: typed(['Beata Kruk', 'Inspektor', 'Starostwo Powiatowe w Kędzierzynie-Koźlu']), policy },
    { name: 'old data only in the quoted thread of a reply', message: typed(['Beata Kruk', 'Inspektor', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 405 27 00'], 'reply'), policy },
  ],
  invalid: [
    {
      name: 'typed signature with the old address',
      message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Kozielska 8, 47-220 Kędzierzyn-Koźle', 'tel. 77 405 27 00']),
      policy,
      errors: [{ messageId: 'outdated', data: { fields: 'address', address: org.address as string }, fix: null, at: 'Beata Kruk\nStarostwo Powiatowe w Kędzierzynie-Koźlu\nul. Kozielska 8, 47-220 Kędzierzyn-Koźle\ntel. 77 405 27 00' }],
    },
    { name: 'typed signature with the old switchboard', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Piastowska 1, 47-220 Kędzierzyn-Koźle', 'tel. 77 483 00 00']), policy, errors: [{ messageId: 'outdated', data: { fields: 'phone', phone: '+48 77 405 27 00' } }] },
    { name: 'the old building number on the same street', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Piastowska 14, 47-220 Kędzierzyn-Koźle']), policy, errors: [{ messageId: 'outdated', data: { fields: 'address' } }] },
    { name: 'an old REGON', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 405 27 00', 'NIP 749-200-41-23, REGON 000012345']), policy, errors: [{ messageId: 'outdated', data: { fields: 'registry' } }] },
    { name: 'all three outdated in a typed signature on a reply: no fix, the typed block is the clerk\'s', message: typed(['Beata Kruk', 'Inspektor', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'ul. Kozielska 8', '47-220 Kędzierzyn-Koźle', 'tel. 77 483 00 00', 'REGON 000012345'], 'reply'), policy, errors: [{ messageId: 'outdated', data: { fields: 'address,phone,registry' }, fix: null }] },
    { name: 'the office named by its distinctive part only', message: typed(['Beata Kruk', 'Inspektor – Starostwo w Kędzierzynie-Koźlu', 'tel. 77 483 00 00']), policy, errors: [{ messageId: 'outdated', data: { fields: 'phone' } }] },
    { name: 'the office name typed without Polish letters', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kedzierzynie-Kozlu', 'ul. Kozielska 8, 47-220 Kedzierzyn-Kozle']), policy, errors: [{ messageId: 'outdated', data: { fields: 'address' } }] },
    { name: 'an inserted full signature from before the move', message: inserted(OLD), policy, errors: [{ messageId: 'outdated', data: { fields: 'address,phone,registry' }, fix: { kind: 'insertSignature', variant: 'full', replace: true } }] },
    { name: 'an inserted short signature with the old phone, on a reply', message: inserted(OLD, 'reply'), policy, errors: [{ messageId: 'outdated', data: { fields: 'phone' }, fix: { kind: 'insertSignature', variant: 'short', replace: true } }] },
    { name: 'a "-- " delimited signature with the old phone', message: { from: clerk, to: [{ address: 'jan.kowal@gmail.com' }], subject: 'Mapa', bodyText: 'Szanowny Panie,\nmapa jest gotowa.\n\n-- \nB. Kruk, Starostwo Powiatowe w Kędzierzynie-Koźlu\ntelefon: 77-483-00-00' }, policy, errors: [{ messageId: 'outdated', data: { fields: 'phone' } }] },
    { name: 'a direct line that is neither the switchboard nor in the settings', message: typed(['Beata Kruk', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', 'tel. 77 405 27 31']), policy, errors: [{ messageId: 'outdated', data: { fields: 'phone' } }] },
  ],
});

describe('namesOrganisation', () => {
  test.each([
    ['Starostwo Powiatowe w Kędzierzynie-Koźlu', 'Starostwo Powiatowe w Kędzierzynie-Koźlu', true],
    ['Urząd Miasta Kamienna Góra', 'Urząd Miasta\nKamienna Góra, pl. Grunwaldzki 1', true],
    ['Urząd Miasta Kamienna Góra', 'Urząd Miasta Kamienna', false],
    ['Urząd Gminy', 'Urząd Gminy Krapkowice', true],
    ['Urząd Gminy', 'Starostwo Powiatowe', false],
  ])('%s in "%s": %s', (name, signature, expected) => {
    expect(namesOrganisation(signature, name)).toBe(expected);
  });
});
