/** Policy validation against the full rule catalogue: the task pane, the CLI, the tests. */
import { ruleById } from '../engine/rules';
import { validatePolicyTextWith, validatePolicyWith, type PolicyResult } from './validate-core';

export { toEngineConfig, validatePolicyWith, validatePolicyTextWith, type PolicyProblem, type PolicyResult, type RuleCatalog } from './validate-core';

export function validatePolicy(input: unknown): PolicyResult {
  return validatePolicyWith(input, ruleById);
}

export function validatePolicyText(text: string): PolicyResult {
  return validatePolicyTextWith(text, ruleById);
}
