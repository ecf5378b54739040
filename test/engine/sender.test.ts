import { senderFor } from '../../src/engine/sender';
import { runRules } from '../../src/engine/run-rules';
import { allRules } from '../../src/engine/rules';
import { buildSignature } from '../../src/engine/signature';
import { createMessage } from '../../src/engine/model';
import { validatePolicy } from '../../src/policy';
import type { EngineConfig } from '../../src/engine/config';

const policy = validatePolicy({
  organization: { name: 'Urząd Gminy Example', address: 'ul. Rynek 1, 58-500 Example', phone: '75 000 00 00' },
  internalDomains: ['gmina.example.pl'],
  mailboxes: { 'Sekretariat@Gmina.Example.pl': { department: 'Sekretariat Wójta', phone: '75 111 22 33' } },
});
if (!policy.ok) throw new Error(JSON.stringify(policy.problems));
const config: EngineConfig = policy.config;
const clerk = { name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '75 123 45 67', email: 'jan.nowak@gmina.example.pl' };

describe('senderFor', () => {
  test('from a mailbox of the policy: its fields replace the clerk\'s, its address is the e-mail, the name stays', () => {
    expect(senderFor(config, 'sekretariat@gmina.example.pl', clerk)).toEqual({ ...clerk, department: 'Sekretariat Wójta', phone: '75 111 22 33', email: 'sekretariat@gmina.example.pl' });
  });

  test('the address is compared without regard to case or surrounding spaces', () => {
    expect(senderFor(config, ' SEKRETARIAT@gmina.example.pl ', clerk)?.department).toBe('Sekretariat Wójta');
  });

  test('the clerk\'s own address, an unknown mailbox or no From: the profile as it is', () => {
    expect(senderFor(config, 'jan.nowak@gmina.example.pl', clerk)).toBe(clerk);
    expect(senderFor(config, 'kadry@gmina.example.pl', clerk)).toBe(clerk);
    expect(senderFor(config, undefined, clerk)).toBe(clerk);
    expect(senderFor({}, 'sekretariat@gmina.example.pl', clerk)).toBe(clerk);
  });

  test('a variant that names its own e-mail and name keeps them; empty fields change nothing', () => {
    const own = { mailboxes: { 'boi@gmina.example.pl': { name: 'Biuro Obsługi Interesantów', email: 'boi@gmina.example.pl', phone: ' ' } } };
    expect(senderFor(own, 'boi@gmina.example.pl', clerk)).toEqual({ ...clerk, name: 'Biuro Obsługi Interesantów', email: 'boi@gmina.example.pl' });
  });

  test('without a profile the variant alone is the sender', () => {
    expect(senderFor(config, 'sekretariat@gmina.example.pl', undefined)).toEqual({ department: 'Sekretariat Wójta', phone: '75 111 22 33', email: 'sekretariat@gmina.example.pl' });
  });

  test('"__proto__" and other inherited names are no mailbox', () => {
    expect(senderFor(config, '__proto__', clerk)).toBe(clerk);
    expect(senderFor(config, 'constructor', clerk)).toBe(clerk);
  });
});

describe('the check runs as the sender in From', () => {
  const letter = (from: string, signatureSender: typeof clerk) =>
    createMessage({
      from: { name: 'Jan Nowak', address: from },
      to: [{ name: 'Anna Kowalska', address: 'anna.kowalska@wp.pl' }],
      subject: 'Odp: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026',
      composeType: 'reply',
      sender: clerk,
      bodyHtml: `<div>Szanowna Pani,</div><div>zaświadczenie jest gotowe do odbioru.</div><div>Z poważaniem</div>${buildSignature(config, signatureSender, 'short').html}`,
    });
  const signatureRules = (message: ReturnType<typeof letter>) =>
    runRules(message, config, allRules).findings.filter((f) => f.ruleId.startsWith('signature-')).map((f) => f.ruleId);

  test('the secretariat\'s signature, sent from the secretariat: nothing to report', () => {
    const variant = senderFor(config, 'sekretariat@gmina.example.pl', clerk)!;
    expect(signatureRules(letter('sekretariat@gmina.example.pl', variant as typeof clerk))).toEqual([]);
  });

  // The phone is the field the checks compare exactly: the secretariat's line is not the clerk's.
  test('the same signature sent from the clerk\'s own address has a phone that is not the sender\'s', () => {
    const variant = senderFor(config, 'sekretariat@gmina.example.pl', clerk)!;
    expect(signatureRules(letter('jan.nowak@gmina.example.pl', variant as typeof clerk))).toEqual(['signature-outdated']);
  });

  test('the clerk\'s own signature sent from the secretariat has a phone that is not the secretariat\'s', () => {
    expect(signatureRules(letter('sekretariat@gmina.example.pl', clerk))).toEqual(['signature-outdated']);
  });
});
