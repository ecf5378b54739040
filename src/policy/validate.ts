/** Policy validation against the full rule catalogue: the task pane, the CLI, the tests. */
import { ruleById } from '../engine/rules';
import type { RuleSetting } from '../engine/config';
import { policyProblem, validatePolicyTextWith, validatePolicyWith, type PolicyProblem, type PolicyResult } from './validate-core';

export { policyProblem, policyProblemText, toEngineConfig, validatePolicyWith, validatePolicyTextWith, type PolicyProblem, type PolicyResult, type RuleSettingsCheck } from './validate-core';

function describeType(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/** Every rule id must exist, and every option must be one the rule knows, of the same type as its default. */
function checkRuleOptions(rules: Record<string, RuleSetting>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = ruleById.get(id);
    const path = `$.rules[${JSON.stringify(id)}]`;
    if (!rule) {
      problems.push(policyProblem(path, 'policy.unknownRule', { id }));
      continue;
    }
    if (!Array.isArray(setting) || setting.length < 2) continue;
    const defaults = rule.meta.defaultOptions as Record<string, unknown>;
    for (const [key, value] of Object.entries(setting[1] ?? {})) {
      if (!(key in defaults)) {
        const known = Object.keys(defaults);
        problems.push(policyProblem(`${path}[1].${key}`, known.length ? 'policy.unknownOption' : 'policy.noOptions', { key, known: known.join(', ') }));
      } else if (describeType(value) !== describeType(defaults[key])) {
        problems.push(policyProblem(`${path}[1].${key}`, 'policy.optionType', { expected: describeType(defaults[key]), got: describeType(value) }));
      }
    }
  }
  return problems;
}


export function validatePolicy(input: unknown): PolicyResult {
  return validatePolicyWith(input, checkRuleOptions);
}

export function validatePolicyText(text: string): PolicyResult {
  return validatePolicyTextWith(text, checkRuleOptions);
}
