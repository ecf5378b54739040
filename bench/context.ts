/**
 * The context runRules gives a rule, built outside the timed section, so that one rule can be
 * timed alone with the body parse counted separately (bench and the linear-time test).
 */
import { resolveSetting } from '../src/engine/run-rules';
import { parseBody } from '../src/engine/parse/body';
import { allRecipients, internalDomainsOf, isInDomains } from '../src/engine/recipients';
import type { EngineConfig } from '../src/engine/config';
import { COMPACT_FIRST_NAMES } from '../src/engine/greeting/first-name-table';
import type { MailMessage } from '../src/engine/model';
import type { AnyRule, RuleContext } from '../src/engine/types';

export function contextFor(message: MailMessage, rule: AnyRule, config: EngineConfig): RuleContext<unknown> {
  const internal = internalDomainsOf(message, config.internalDomains);
  return {
    body: parseBody(message),
    options: resolveSetting(rule, config.rules[rule.id]).options,
    policy: { ...config, internalDomains: internal },
    isExternal: (a) => !isInDomains(a, internal),
    recipients: allRecipients(message),
    firstNames: config.firstNames ?? COMPACT_FIRST_NAMES,
  };
}
