/**
 * Policy JSON -> EngineConfig, or every problem named by its JSON path. Rule ids and option
 * names are checked against the rule catalogue (validate.ts), so a typo in an option never
 * passes silently. Without that check (the launch-event bundle, which carries only the rules
 * that can stop a send) the ids are left to the task pane and the admin's `policy validate`.
 */
import { DEFAULT_CONFIG, type EngineConfig, type RuleSetting, type SignatureField } from '../engine/config';
import * as v from 'valibot';
import { policySchema, type PolicyFile } from './schema';

export type PolicyProblem = { path: string; message: string };

export type PolicyResult = { ok: true; config: EngineConfig; policy: PolicyFile } | { ok: false; problems: PolicyProblem[] };

function pathToString(path: readonly unknown[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

/** Valibot's own wording for a key the schema does not know is "Expected never"; say it plainly. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never' && issue.kind === 'schema') return 'is not a known field';
  return issue.message;
}

/** Checks of rule ids and options against a rule catalogue (validate.ts has the catalogue). */
export type RuleSettingsCheck = (rules: Record<string, RuleSetting>) => PolicyProblem[];

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
  };
}

export function validatePolicyWith(input: unknown, checkRules: RuleSettingsCheck | undefined): PolicyResult {
  const parsed = v.safeParse(policySchema, input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.map((i) => ({ path: pathToString((i.path ?? []).map((p) => p.key)), message: messageOf(i) })) };
  }
  const data = parsed.output;
  const problems = checkRules ? checkRules((data.rules ?? {}) as Record<string, RuleSetting>) : [];
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: toEngineConfig(data), policy: data };
}

/** Parses JSON text first, so that a syntax error is one clear problem too. */
export function validatePolicyTextWith(text: string, checkRules: RuleSettingsCheck | undefined): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePolicyWith(data, checkRules);
}
