/**
 * Runs the rules on one message: parses the body once, applies the policy's severities and
 * options (ESLint's shape), and never lets one faulty rule stop the others. What runs before the
 * per-rule guard (the body parse, the recipients, the internal domains) sees a message whose
 * every field has its type (message-input.ts), so odd input cannot make the whole check throw:
 * a rule's failure is that rule's alone.
 */
import type { MailMessage } from './model';
import type { AnyRule, Finding, Severity, SeveritySetting } from './types';
import type { EngineConfig, RuleSetting } from './config';
import { parseBody, type ParsedBody } from './parse/body';
import { allRecipients, internalDomainsOf, isInDomains } from './recipients';
import { toMailMessage } from './message-input';
import { senderFor } from './sender';
import { COMPACT_FIRST_NAMES } from './greeting/first-name-table';

export type CheckResult = {
  findings: Finding[];
  body: ParsedBody;
  /** Rules that threw: reported, never fatal. */
  failedRules: string[];
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function resolveSetting(rule: AnyRule, setting: RuleSetting | undefined): { severity: SeveritySetting; options: Record<string, unknown> } {
  const defaults = rule.meta.defaultOptions as Record<string, unknown>;
  if (setting === undefined) return { severity: rule.meta.severity, options: { ...defaults } };
  if (typeof setting === 'string') return { severity: setting, options: { ...defaults } };
  return { severity: setting[0], options: { ...defaults, ...(setting[1] ?? {}) } };
}

/**
 * The runner without a default rule set. The message is checked as the sender it goes out as:
 * sent from a shared mailbox of the policy, that mailbox's fields are the sender's (sender.ts).
 */
export function runRules(input: MailMessage, config: EngineConfig, rules: readonly AnyRule[]): CheckResult {
  const normalized = toMailMessage(input);
  const sender = senderFor(config, normalized.from?.address, normalized.sender);
  const message = sender === normalized.sender ? normalized : { ...normalized, sender };
  const body = parseBody(message);
  const internal = internalDomainsOf(message, config.internalDomains);
  const isExternal = (address: string) => !isInDomains(address, internal);
  const recipients = allRecipients(message);
  const findings: Finding[] = [];
  const failedRules: string[] = [];
  const effective: EngineConfig = { ...config, internalDomains: internal };
  const firstNames = config.firstNames ?? COMPACT_FIRST_NAMES;

  for (const rule of rules) {
    const { severity, options } = resolveSetting(rule, config.rules?.[rule.id]);
    if (severity === 'off') continue;
    try {
      const reports = rule.check(message, { body, options, policy: effective, isExternal, recipients, firstNames });
      for (const { severity: cap, ...r } of reports) {
        const lowered = cap !== undefined && SEVERITY_ORDER[cap] > SEVERITY_ORDER[severity];
        findings.push({ ...r, ruleId: rule.id, severity: lowered ? cap : severity });
      }
    } catch {
      failedRules.push(rule.id);
    }
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, body, failedRules };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
