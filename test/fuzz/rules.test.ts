/**
 * contract § 8: no rule throws on any input, and every finding is well-formed. The rules are taken
 * from allRules when the test runs, so a rule added later is fuzzed without touching this file.
 */
import fc from 'fast-check';
import { checkMessage } from '../../src/engine/runner';
import { allRules } from '../../src/engine/rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { createMessage } from '../../src/engine/model';
import { extremeMessages, hostileMessage, RUNS } from './hostile';
import { findingProblems } from './well-formed';

// Every rule switched on, so that rules that are off by default are fuzzed too.
const everyRuleOn: EngineConfig = {
  ...DEFAULT_CONFIG,
  internalDomains: ['gmina.example.pl'],
  organization: { name: 'Urząd Gminy <script>', accounts: ['61109010140000071219812874'] },
  rules: Object.fromEntries(allRules.map((r) => [r.id, r.meta.severity === 'off' ? 'warning' : r.meta.severity])),
};

describe('every rule on random and hostile messages', () => {
  test('the catalogue is not empty (the properties below would pass vacuously)', () => {
    expect(allRules.length).toBeGreaterThan(10);
  });

  test('no rule throws and every finding is well-formed', () => {
    fc.assert(
      fc.property(hostileMessage, (message) => {
        const result = checkMessage(message, everyRuleOn, allRules);
        expect(findingProblems(result, allRules, message.subject)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test.each(extremeMessages())('%s', (_name, message) => {
    const result = checkMessage(message, everyRuleOn, allRules);
    expect(findingProblems(result, allRules, message.subject)).toEqual([]);
  });

  test('the well-formedness check itself catches a broken finding', () => {
    const message = createMessage({ bodyText: 'Witam' });
    const result = checkMessage(message, everyRuleOn, allRules);
    result.findings.push({ ruleId: allRules[0].id, severity: 'error', messageId: 'x', fix: { kind: 'replaceText', field: 'body', start: 0, end: 2, from: 'zz', to: 'y' } });
    result.failedRules.push('boom');
    const problems = findingProblems(result, allRules, message.subject);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/rules threw: boom/), expect.stringMatching(/without the rule prefix/), expect.stringMatching(/replaceText.from/)]));
  });
});
