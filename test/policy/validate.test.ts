import { policyProblemText, validatePolicy, validatePolicyText, validatePolicyWith } from '../../src/policy';

describe('validatePolicy', () => {
  test('the contract § 3 example with known rules is valid and gets defaults', () => {
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
    expect(!bad.ok && bad.problems).toEqual([
      { path: '$.rules["subject-too-long"][1].maxLength', message: 'must be a number, got string', id: 'policy.optionType', data: { expected: 'number', got: 'string' } },
    ]);
  });
});

describe('patterns in rule options run in linear time or are refused', () => {
  const withPattern = (pattern: unknown) => ({ rules: { 'case-reference-missing': ['warning', { pattern }] } });

  test('the issue’s pattern is accepted: it runs on the linear-time engine', () => {
    expect(validatePolicy(withPattern('(\\w+\\s?)+$')).ok).toBe(true);
    expect(validatePolicy(withPattern('\\d{4}/UM/\\d+')).ok).toBe(true);
  });

  test.each([
    ['(KT)\\1', 'policy.pattern.backreference'],
    ['KT(?=\\.)', 'policy.pattern.lookaround'],
    ['(a*)*', 'policy.pattern.emptyLoop'],
    ['[A-Z', 'policy.pattern.syntax'],
  ])('%s is refused at the pattern’s path with %s', (pattern, id) => {
    const result = validatePolicy(withPattern(pattern));
    expect(!result.ok && result.problems.map((p) => [p.path, p.id])).toEqual([['$.rules["case-reference-missing"][1].pattern', id]]);
  });

  test('a pattern of the wrong type is named once', () => {
    const result = validatePolicy(withPattern(5));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['$.rules["case-reference-missing"][1].pattern']);
  });

  test('the schema-only validation (launch-event bundle) refuses the same patterns', () => {
    const result = validatePolicyWith(withPattern('(KT)\\1'), undefined);
    expect(!result.ok && result.problems.map((p) => p.id)).toEqual(['policy.pattern.backreference']);
  });

  test('a list option names the bad pattern by its index', () => {
    const result = validatePolicyWith({ rules: { 'placeholder-left': ['error', { patterns: ['\\[\\[[^\\]]+\\]\\]', '(x)\\1', 7] }] } }, undefined);
    expect(!result.ok && result.problems.map((p) => [p.path, p.id])).toEqual([
      ['$.rules["placeholder-left"][1].patterns[1]', 'policy.pattern.backreference'],
      ['$.rules["placeholder-left"][1].patterns[2]', 'policy.pattern.notText'],
    ]);
    const notList = validatePolicyWith({ rules: { 'placeholder-left': ['error', { patterns: 'XXX' }] } }, undefined);
    expect(!notList.ok && notList.problems.map((p) => p.id)).toEqual(['policy.pattern.notList']);
  });
});

describe('every problem has a message id, a text in Polish and in English, and its JSON path', () => {
  const cases: Array<[string, unknown, string, string, string]> = [
    ['broken JSON', '{ "rules": ', '$', 'policy.notJson', 'plik nie jest poprawnym JSON'],
    ['not an object', '"a policy"', '$', 'policy.root', 'musi być obiektem z polami organization'],
    ['an unknown field', { colour: 'red' }, '$.colour', 'policy.unknownField', 'nieznane pole'],
    ['a name that is a number', { organization: { name: 5 } }, '$.organization.name', 'policy.notText', 'musi być tekstem'],
    ['organization not an object', { organization: 'Gmina' }, '$.organization', 'policy.organization', 'musi być obiektem z polami name'],
    ['accounts not a list', { organization: { accounts: 'PL61' } }, '$.organization.accounts', 'policy.accounts', 'listą numerów rachunków'],
    ['internalDomains not a list', { internalDomains: 'gmina.pl' }, '$.internalDomains', 'policy.domains', 'listą domen'],
    ['not a domain', { internalDomains: ['not a domain'] }, '$.internalDomains[0]', 'policy.domain', 'musi być domeną'],
    ['signature not an object', { signature: 'x' }, '$.signature', 'policy.signature', 'polami required i notice'],
    ['required not a list', { signature: { required: 'name' } }, '$.signature.required', 'policy.signatureFields', 'listą pól'],
    ['an unknown signature field', { signature: { required: ['shoe size'] } }, '$.signature.required[0]', 'policy.signatureField', 'jednym z pól: name, position'],
    ['a notice too long', { signature: { notice: 'x'.repeat(2001) } }, '$.signature.notice', 'policy.tooLong', 'najwyżej 2000 znaków'],
    ['rules not an object', { rules: 'strict' }, '$.rules', 'policy.rules', 'ustawieniami reguł'],
    ['a bad rule setting', { rules: { 'subject-missing': ['error', 5] } }, '$.rules["subject-missing"]', 'policy.ruleSetting', 'poziomem („off”'],
    ['a bad severity', { rules: { 'subject-missing': 'loud' } }, '$.rules["subject-missing"]', 'policy.ruleSetting', 'poziomem'],
    ['onSend not an object', { onSend: true }, '$.onSend', 'policy.onSend', 'polami block i failOpen'],
    ['a bad block', { onSend: { block: 'sometimes' } }, '$.onSend.block', 'policy.block', '„errors”, „warnings” albo „never”'],
    ['failOpen not a boolean', { onSend: { failOpen: 'yes' } }, '$.onSend.failOpen', 'policy.boolean', 'true albo false'],
    ['an unknown rule id', { rules: { 'no-such-rule': 'error' } }, '$.rules["no-such-rule"]', 'policy.unknownRule', 'nieznany identyfikator reguły „no-such-rule”'],
    ['an unknown option', { rules: { 'subject-too-long': ['warning', { max: 60 }] } }, '$.rules["subject-too-long"][1].max', 'policy.unknownOption', 'nieznana opcja „max” (znane: maxLength)'],
    ['an option of a rule without options', { rules: { 'subject-missing': ['error', { x: 1 }] } }, '$.rules["subject-missing"][1].x', 'policy.noOptions', 'ta reguła nie ma opcji'],
    ['an option of the wrong type', { rules: { 'subject-too-long': ['warning', { maxLength: 'long' }] } }, '$.rules["subject-too-long"][1].maxLength', 'policy.optionType', 'musi być liczbą, a jest tekstem'],
    ['an unsafe pattern', { rules: { 'case-reference-missing': ['warning', { pattern: '(a)\\1' }] } }, '$.rules["case-reference-missing"][1].pattern', 'policy.pattern.backreference', 'odwołanie wstecz'],
  ];

  test.each(cases)('%s', (_name, input, path, id, polish) => {
    const result = typeof input === 'string' ? validatePolicyText(input) : validatePolicy(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem?.id).toBe(id);
    expect(policyProblemText('pl', problem!)).toContain(polish);
    const english = policyProblemText('en', problem!);
    expect(english).toBe(problem!.message);
    expect(english).not.toMatch(/^policy\.|\{\w+\}/);
    expect(policyProblemText('pl', problem!)).not.toMatch(/^policy\.|\{\w+\}/);
  });

  test('a problem without an id (an older caller) is shown by its message', () => {
    expect(policyProblemText('pl', { path: '$', message: 'HTTP 404' })).toBe('HTTP 404');
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
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });
});

describe('placeholder-left’s patterns through the full validation', () => {
  test('accepted when linear, refused by index otherwise', () => {
    expect(validatePolicy({ rules: { 'placeholder-left': ['error', { patterns: ['\\[\\[[^\\]]{1,80}\\]\\]', '_{3,}'] }] } }).ok).toBe(true);
    const bad = validatePolicy({ rules: { 'placeholder-left': ['error', { patterns: ['_{3,}', 'X(?=X)'] }] } });
    expect(!bad.ok && bad.problems.map((p) => [p.path, p.id])).toEqual([['$.rules["placeholder-left"][1].patterns[1]', 'policy.pattern.lookaround']]);
  });
});
