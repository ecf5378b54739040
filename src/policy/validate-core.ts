/**
 * Policy JSON -> EngineConfig, or every problem named by its JSON path. Rule ids and option
 * names are checked against the rule catalogue (validate.ts), so a typo in an option never
 * passes silently. The task pane, the send check and the CLI all validate with it; this core
 * stays free of the catalogue so that a caller may check the schema alone (loadPolicy's default).
 * The patterns in rule options are checked in every case (checkPatterns): linear time or refused.
 */
import { DEFAULT_CONFIG, type EngineConfig, type RuleSetting, type SignatureField } from '../engine/config';
import type { SenderProfile } from '../engine/model';
import * as v from 'valibot';
import { policySchema, type PolicyFile } from './schema';
import { formatMessage, type Lang } from '../engine/i18n';
import type { MessageData } from '../engine/types';
import { compilePolicyPattern, PATTERN_OPTIONS } from '../engine/patterns';

/**
 * One bad field: its JSON path, and what is wrong as a message id with data (texts in
 * src/engine/i18n/{pl,en}/policy.ts; `policyProblemText` gives the text in a language).
 * `message` is the English text, kept for logs and older callers.
 */
export type PolicyProblem = { path: string; message: string; id?: string; data?: MessageData };

export function policyProblem(path: string, id: string, data?: MessageData): PolicyProblem {
  return { path, message: formatMessage('en', id, data), id, ...(data ? { data } : {}) };
}

/** The reason of a problem in the reader's language (the path is shown beside it, unchanged). */
export function policyProblemText(lang: Lang, problem: PolicyProblem): string {
  return problem.id ? formatMessage(lang, problem.id, problem.data) : problem.message;
}

/**
 * Every pattern a rule option holds must compile on the linear-time engine. Checked here, not
 * with the rule catalogue, so that every bundle (the launch event too) refuses the same policies.
 */
function checkPatterns(rules: Record<string, RuleSetting>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const [ruleId, { option, shape }] of Object.entries(PATTERN_OPTIONS)) {
    const setting = rules[ruleId];
    if (!Array.isArray(setting) || !setting[1] || !(option in setting[1])) continue;
    const value = setting[1][option];
    const path = `$.rules[${JSON.stringify(ruleId)}][1].${option}`;
    if (shape === 'list' && !Array.isArray(value)) {
      problems.push(policyProblem(path, 'policy.pattern.notList'));
      continue;
    }
    const sources = shape === 'list' ? (value as unknown[]) : [value];
    sources.forEach((source, i) => {
      const result = compilePolicyPattern(source);
      if (!result.ok) problems.push(policyProblem(shape === 'list' ? `${path}[${i}]` : path, result.problem.id, result.problem.data));
    });
  }
  return problems;
}

export type PolicyResult = { ok: true; config: EngineConfig; policy: PolicyFile } | { ok: false; problems: PolicyProblem[] };

function pathToString(path: readonly unknown[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

/**
 * A schema issue as a problem: the schema's messages are message ids; valibot's own ones (a key
 * the schema does not know: "Expected never") and any plain text get an id too, the text as data.
 */
function problemOf(issue: v.BaseIssue<unknown>): PolicyProblem {
  const path = pathToString((issue.path ?? []).map((p) => p.key));
  if (issue.expected === 'never' && issue.kind === 'schema') return policyProblem(path, 'policy.unknownField');
  if (!issue.message.startsWith('policy.')) return policyProblem(path, 'policy.invalid', { reason: issue.message });
  return policyProblem(path, issue.message, issue.requirement === undefined ? undefined : { requirement: String(issue.requirement) });
}

/** Checks of rule ids and options against a rule catalogue (validate.ts has the catalogue). */
export type RuleSettingsCheck = (rules: Record<string, RuleSetting>) => PolicyProblem[];

/** Keys lower-cased, as From addresses are compared (engine/sender.ts); a null-prototype map, so "__proto__" is just a key. */
function mailboxesOf(mailboxes: PolicyFile['mailboxes']): Record<string, SenderProfile> {
  const out: Record<string, SenderProfile> = Object.create(null);
  for (const [address, fields] of Object.entries(mailboxes ?? {})) out[address.trim().toLowerCase()] = { ...fields };
  return out;
}

/** "Sekretariat@…" and "sekretariat@…" are one mailbox: two entries would silently replace each other. */
function duplicateMailboxes(mailboxes: PolicyFile['mailboxes']): PolicyProblem[] {
  const seen = new Map<string, string>();
  const problems: PolicyProblem[] = [];
  for (const address of Object.keys(mailboxes ?? {})) {
    const key = address.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) problems.push(policyProblem(pathToString(['mailboxes', address]), 'policy.mailboxDuplicate', { first }));
    else seen.set(key, address);
  }
  return problems;
}

export function toEngineConfig(policy: PolicyFile): EngineConfig {
  return {
    organization: { ...policy.organization, accounts: policy.organization?.accounts ?? [] },
    internalDomains: (policy.internalDomains ?? []).map((d) => d.replace(/^@/, '').toLowerCase()),
    signature: {
      required: (policy.signature?.required as SignatureField[] | undefined) ?? DEFAULT_CONFIG.signature.required,
      notice: policy.signature?.notice,
    },
    rules: (policy.rules ?? {}) as Record<string, RuleSetting>,
    ...(policy.standard ? { standard: { name: policy.standard.name, url: policy.standard.url, refs: policy.standard.refs ?? {} } } : {}),
    onSend: { block: policy.onSend?.block ?? 'errors', failOpen: policy.onSend?.failOpen ?? true },
    mailboxes: mailboxesOf(policy.mailboxes),
  };
}

export function validatePolicyWith(input: unknown, checkRules: RuleSettingsCheck | undefined): PolicyResult {
  const parsed = v.safeParse(policySchema, input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.map(problemOf) };
  }
  const data = parsed.output;
  const rules = (data.rules ?? {}) as Record<string, RuleSetting>;
  const problems = [...duplicateMailboxes(data.mailboxes), ...(checkRules ? checkRules(rules) : [])];
  // A field the catalogue check already named (e.g. a pattern of the wrong type) is named once.
  for (const p of checkPatterns(rules)) if (!problems.some((q) => q.path === p.path || p.path.startsWith(`${q.path}[`))) problems.push(p);
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: toEngineConfig(data), policy: data };
}

/** Parses JSON text first, so that a syntax error is one clear problem too. */
export function validatePolicyTextWith(text: string, checkRules: RuleSettingsCheck | undefined): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [policyProblem('$', 'policy.notJson', { reason: (e as Error).message })] };
  }
  return validatePolicyWith(data, checkRules);
}
