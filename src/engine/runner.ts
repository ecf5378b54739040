/**
 * Runs every rule of the catalogue (or the given ones) on one message. The work itself is in
 * run-rules.ts, which the launch-event bundle uses with its own smaller rule list.
 */
import type { MailMessage } from './model';
import type { AnyRule } from './types';
import { DEFAULT_CONFIG, type EngineConfig } from './config';
import { allRules } from './rules';
import { runRules, type CheckResult } from './run-rules';

export { runRules, resolveSetting, countBySeverity, SEVERITY_ORDER, type CheckResult } from './run-rules';

export function checkMessage(message: MailMessage, config: EngineConfig = DEFAULT_CONFIG, rules: readonly AnyRule[] = allRules): CheckResult {
  return runRules(message, config, rules);
}
