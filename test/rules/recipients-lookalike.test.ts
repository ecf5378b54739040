import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/recipients-lookalike';
import type { Address } from '../../src/engine/model';

const clerk = { name: 'Tomasz Gil', address: 't.gil@starostwo.nowogrod.pl' };

/** A new message from the county office to the given recipients. */
function message(to: Address[], cc: Address[] = [], bcc: Address[] = []) {
  return {
    from: clerk,
    to,
    cc,
    bcc,
    composeType: 'new' as const,
    subject: 'Zawiadomienie o wszczęciu postępowania – GN.6840.3.2026',
    bodyText: 'Szanowni Państwo,\nzawiadamiam o wszczęciu postępowania w sprawie podziału nieruchomości.\n\nZ poważaniem\nTomasz Gil',
  };
}

ruleTester(rule, {
  valid: [
    { name: 'o2.pl is a real provider, not a typo of op.pl', message: message([{ address: 'ala.nowak@o2.pl' }, { address: 'jan.lis@op.pl' }]) },
    { name: 'wp.pl and vp.pl are both real', message: message([{ address: 'k.maj@wp.pl' }], [{ address: 'p.maj@vp.pl' }]) },
    { name: 'correct gmail.com', message: message([{ address: 'jan.kowalski@gmail.com' }]) },
    { name: 'the office’s own domain', message: message([{ address: 'sekretariat@starostwo.nowogrod.pl' }]) },
    { name: 'an internal subdomain', message: message([{ address: 'ezd@ezd.starostwo.nowogrod.pl' }]) },
    { name: 'an internal domain from the policy', message: message([{ address: 'dyrektor@pzd-nowogrod.pl' }]), policy: { internalDomains: ['pzd-nowogrod.pl'] } },
    { name: 'two unrelated companies', message: message([{ address: 'biuro@geodezja-kowalski.pl' }, { address: 'biuro@notariusz-nowak.pl' }]) },
    { name: 'two addresses at one company', message: message([{ address: 'a@energa.pl' }], [{ address: 'b@energa.pl' }]) },
    { name: 'two edits away from gmail.com is a different domain', message: message([{ address: 'kontakt@gmx.com' }]) },
    { name: 'municipal company far from every reference', message: message([{ address: 'zgk@zgk-nowogrod.com.pl' }], [], [{ address: 'ala@interia.pl' }]) },
    { name: 'no recipients at all', message: message([]) },
  ],
  invalid: [
    { name: 'gmial.com: two letters swapped', message: message([{ address: 'jan.kowalski@gmial.com' }]), errors: [{ messageId: 'lookalike', data: { address: 'jan.kowalski@gmial.com', domain: 'gmial.com', resembles: 'gmail.com' }, fix: null }] },
    { name: 'wp.p: a letter missing', message: message([{ address: 'k.maj@wp.p' }]), errors: [{ messageId: 'lookalike', data: { domain: 'wp.p', resembles: 'wp.pl' } }] },
    { name: 'onet.pll: a letter too many', message: message([{ address: 'zenon@onet.pll' }]), errors: [{ messageId: 'lookalike', data: { domain: 'onet.pll', resembles: 'onet.pl' } }] },
    { name: 'interia.pl with a wrong letter, in Cc', message: message([{ address: 'jan.kowalski@gmail.com' }], [{ address: 'ala@intreia.pl' }]), errors: [{ messageId: 'lookalike', data: { address: 'ala@intreia.pl', resembles: 'interia.pl' } }] },
    { name: 'a hyphen instead of a dot next to the real domain', message: message([{ address: 'sekretariat@starostwo-nowogrod.pl' }]), errors: [{ messageId: 'lookalike', data: { domain: 'starostwo-nowogrod.pl', resembles: 'starostwo.nowogrod.pl' } }] },
    { name: 'a typo of an internal domain from the policy, in Bcc', message: message([], [], [{ address: 'kadry@pzd-nowgrod.pl' }]), policy: { internalDomains: ['pzd-nowogrod.pl'] }, errors: [{ messageId: 'lookalike', data: { address: 'kadry@pzd-nowgrod.pl', resembles: 'pzd-nowogrod.pl' } }] },
    {
      name: 'two external recipients one edit apart: reported once, on the later',
      message: message([{ address: 'biuro@geodeta-opole.pl' }], [{ address: 'szef@geodeta-opale.pl' }]),
      errors: [{ messageId: 'lookalike', data: { address: 'szef@geodeta-opale.pl', resembles: 'geodeta-opole.pl' } }],
    },
    { name: 'an upper-case typo', message: message([{ name: 'Jan Kowalski', address: 'Jan.Kowalski@GMAIL.CM' }]), errors: [{ messageId: 'lookalike', data: { domain: 'gmail.cm', resembles: 'gmail.com' } }] },
    { name: 'outlok.com', message: message([{ address: 'anna@outlok.com' }]), errors: [{ messageId: 'lookalike', data: { resembles: 'outlook.com' } }] },
    {
      name: 'several typos among correct addresses, each reported once',
      message: message([{ address: 'a@gmail.com' }, { address: 'b@gmial.com' }], [{ address: 'c@o2.pl' }, { address: 'd@o2.pll' }], [{ address: 'b@gmial.com' }]),
      errors: [{ messageId: 'lookalike', data: { address: 'b@gmial.com' } }, { messageId: 'lookalike', data: { address: 'd@o2.pll', resembles: 'o2.pl' } }],
    },
  ],
});
