/**
 * Policy JSON -> EngineConfig, or every problem named by its JSON path. Rule ids and option
 * names are checked against a rule catalogue (the rules' own meta), so a typo in an option never
 * passes silently. Without a catalogue (the launch-event bundle, which carries only the rules
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

function describeType(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/** What the validator needs to know of each rule. */
export type RuleCatalog = ReadonlyMap<string, { meta: { defaultOptions: unknown } }>;

function checkRuleOptions(rules: Record<string, RuleSetting>, ruleById: RuleCatalog): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = ruleById.get(id);
    const path = `$.rules[${JSON.stringify(id)}]`;
    if (!rule) {
      problems.push({ path, message: `unknown rule id "${id}"` });
      continue;
    }
    if (!Array.isArray(setting) || setting.length < 2) continue;
    const defaults = rule.meta.defaultOptions as Record<string, unknown>;
    for (const [key, value] of Object.entries(setting[1] ?? {})) {
      if (!(key in defaults)) {
        const known = Object.keys(defaults);
        problems.push({ path: `${path}[1].${key}`, message: `unknown option "${key}" (known: ${known.length ? known.join(', ') : 'none'})` });
      } else if (describeType(value) !== describeType(defaults[key])) {
        problems.push({ path: `${path}[1].${key}`, message: `must be a ${describeType(defaults[key])}, got ${describeType(value)}` });
      }
    }
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
    onSend: { block: policy.onSend?.block ?? 'errors', failOpen: policy.onSend?.failOpen ?? true },
  };
}

export function validatePolicyWith(input: unknown, catalog: RuleCatalog | undefined): PolicyResult {
  const parsed = v.safeParse(policySchema, input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.map((i) => ({ path: pathToString((i.path ?? []).map((p) => p.key)), message: messageOf(i) })) };
  }
  const data = parsed.output;
  const problems = catalog ? checkRuleOptions((data.rules ?? {}) as Record<string, RuleSetting>, catalog) : [];
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: toEngineConfig(data), policy: data };
}

/** Parses JSON text first, so that a syntax error is one clear problem too. */
export function validatePolicyTextWith(text: string, catalog: RuleCatalog | undefined): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePolicyWith(data, catalog);
}
