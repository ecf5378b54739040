import { validatePolicy, validatePolicyText } from '../../src/policy';

describe('validatePolicy', () => {
  test('the SPEC § 3 example with known rules is valid and gets defaults', () => {
    const result = validatePolicy({
      organization: { name: 'Starostwo Powiatowe w Example', address: 'ul. Długa 1, 47-200 Example', registry: 'NIP 123', accounts: ['PL61 1090 1014 0000 0712 1981 2874'] },
      internalDomains: ['powiat.example.pl'],
      signature: { required: ['name', 'position'], notice: 'Niniejsza wiadomość …' },
      onSend: { block: 'errors', failOpen: true },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.internalDomains).toEqual(['powiat.example.pl']);
      expect(result.config.onSend).toEqual({ block: 'errors', failOpen: true });
      expect(result.config.signature.required).toEqual(['name', 'position']);
    }
  });

  test('an empty policy is valid: every default applies', () => {
    const result = validatePolicy({});
    expect(result.ok && result.config.onSend.block).toBe('errors');
  });

  test.each([
    [{ internalDomains: ['not a domain'] }, '$.internalDomains[0]'],
    [{ onSend: { block: 'sometimes' } }, '$.onSend.block'],
    [{ signature: { required: ['name', 'shoe size'] } }, '$.signature.required[1]'],
    [{ organization: { accounts: 'PL61' } }, '$.organization.accounts'],
    [{ rules: { 'no-such-rule': 'error' } }, '$.rules["no-such-rule"]'],
    [{ rules: { 'subject-missing': 'loud' } }, '$.rules["subject-missing"]'],
    [{ colour: 'red' }, '$.colour'],
  ])('%j is rejected at %s', (input, path) => {
    const result = validatePolicy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  test('broken JSON is one clear problem', () => {
    const result = validatePolicyText('{ "rules": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/not valid JSON/);
  });
});

describe('rule settings keep their options', () => {
  test('[severity, options] reaches the config unchanged, and a wrong option type is named', () => {
    const ok = validatePolicy({ rules: { 'subject-too-long': ['warning', { maxLength: 60 }] } });
    expect(ok.ok && ok.config.rules['subject-too-long']).toEqual(['warning', { maxLength: 60 }]);
    const bad = validatePolicy({ rules: { 'subject-too-long': ['warning', { maxLength: 'long' }] } });
    expect(!bad.ok && bad.problems).toEqual([{ path: '$.rules["subject-too-long"][1].maxLength', message: 'must be a number, got string' }]);
  });
});

describe('mailboxes (shared and department mailboxes)', () => {
  test('each address gets its signature fields, keyed in lower case', () => {
    const result = validatePolicy({ mailboxes: { 'Sekretariat@Gmina.Example.pl': { department: 'Sekretariat Wójta', phone: '75 111 22 33', room: '1' } } });
    expect(result.ok && { ...result.config.mailboxes }).toEqual({ 'sekretariat@gmina.example.pl': { department: 'Sekretariat Wójta', phone: '75 111 22 33', room: '1' } });
  });

  test.each<[unknown, string, RegExp]>([
    [{ 'nie adres': { phone: '1' } }, '$.mailboxes["nie adres"]', /e-mail address/],
    [{ 'sekretariat@gmina.example.pl': { colour: 'red' } }, '$.mailboxes["sekretariat@gmina.example.pl"].colour', /not a known field/],
    [{ 'sekretariat@gmina.example.pl': { phone: 751112233 } }, '$.mailboxes["sekretariat@gmina.example.pl"].phone', /string/],
    [{ 'sekretariat@gmina.example.pl': { department: 'x'.repeat(201) } }, '$.mailboxes["sekretariat@gmina.example.pl"].department', /200/],
    [{ 'sekretariat@gmina.example.pl': {}, 'SEKRETARIAT@gmina.example.pl': {} }, '$.mailboxes["SEKRETARIAT@gmina.example.pl"]', /same mailbox as "sekretariat@gmina.example.pl"/],
    ['sekretariat@gmina.example.pl', '$.mailboxes', /mailbox addresses/],
  ])('%j is rejected at %s', (mailboxes, path, message) => {
    const result = validatePolicy({ mailboxes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
