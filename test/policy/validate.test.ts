import { validatePolicy, validatePolicyText, validatePolicyWith } from '../../src/policy';

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
