/**
 * ESLint's RuleTester, for our rules: a table of valid and invalid messages. Each invalid case
 * names the exact message ids (and, where the rule offers one, the exact fix). The rule runs
 * through the real runner, so body parsing, options and internal domains are the product's own.
 */
import { checkMessage } from '../../src/engine/runner';
import { createMessage, type MailMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { formatFinding } from '../../src/engine/i18n';
import type { AnyRule, Finding, Fix, MessageData } from '../../src/engine/types';
import { registerFirstNames } from './first-names';

export type RuleCase = {
  name: string;
  message: Partial<MailMessage>;
  /** The rule's options (merged over its defaultOptions). */
  options?: Record<string, unknown>;
  /** Policy fields other than rules (organization, internalDomains, signature, firstNames: the register's table by default). */
  policy?: Partial<Omit<EngineConfig, 'rules'>>;
};

export type ExpectedError = {
  messageId: string;
  data?: MessageData;
  /** Exact fix; `null` asserts that the finding offers none. Omit to not check. */
  fix?: Fix | null;
  /** Substring of the body or subject that the finding's location points at. */
  at?: string;
};

export type InvalidCase = RuleCase & { errors: ExpectedError[] };

export function runRule(rule: AnyRule, c: RuleCase): Finding[] {
  const config: EngineConfig = {
    ...DEFAULT_CONFIG,
    // What the pane, the send check and the CLI read when first-names.txt is there; a case may pass the compact table.
    firstNames: registerFirstNames(),
    ...c.policy,
    rules: { [rule.id]: c.options ? [rule.meta.severity === 'off' ? 'warning' : rule.meta.severity, c.options] : rule.meta.severity === 'off' ? 'warning' : rule.meta.severity },
  } as EngineConfig;
  const result = checkMessage(createMessage(c.message), config, [rule]);
  if (result.failedRules.length) throw new Error(`rule ${rule.id} threw on "${c.name}"`);
  return result.findings;
}

function locatedText(c: RuleCase, f: Finding, body: string): string | undefined {
  const loc = f.location;
  if (!loc || !('start' in loc)) return undefined;
  return loc.field === 'subject' ? (c.message.subject ?? '').slice(loc.start, loc.end) : body.slice(loc.start, loc.end);
}

export function ruleTester(rule: AnyRule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      test.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const findings = runRule(rule, c);
        expect(findings.map((f) => f.messageId)).toEqual([]);
      });
    });
    describe('invalid', () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const findings = runRule(rule, c);
        expect(findings.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.id));
        expect(findings.map((f) => f.messageId)).toEqual(c.errors.map((e) => `${rule.id}/${e.messageId}`));
        const body = checkMessage(createMessage(c.message), DEFAULT_CONFIG, []).body.text;
        c.errors.forEach((e, i) => {
          const f = findings[i];
          if (e.data) expect(f.data).toMatchObject(e.data);
          if (e.fix === null) expect(f.fix).toBeUndefined();
          else if (e.fix) expect(f.fix).toEqual(e.fix);
          if (e.at !== undefined) expect(locatedText(c, f, body)).toBe(e.at);
          // Every finding renders in both languages without a leftover placeholder.
          for (const lang of ['pl', 'en'] as const) expect(formatFinding(lang, f)).not.toMatch(/\{\w+\}|^[a-z-]+\/[a-z-]+$/);
        });
      });
    });
  });
}

/** How many findings a rule reports on a plain-text body, everything else default (large-input tests). */
export function countFindings(rule: AnyRule, bodyText: string): number {
  return runRule(rule, { name: 'count', message: { bodyText } }).length;
}
