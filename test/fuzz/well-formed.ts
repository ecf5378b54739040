/** What every finding must look like, whatever the input (used by the property tests). */
import type { CheckResult } from '../../src/engine/run-rules';
import type { AnyRule } from '../../src/engine/types';

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Problems with the findings of one check, as readable lines; empty when all is well. */
export function findingProblems(result: CheckResult, rules: readonly AnyRule[], subject: string): string[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems: string[] = [];
  const text = result.body.text;
  if (result.failedRules.length) problems.push(`rules threw: ${result.failedRules.join(', ')}`);
  for (const f of result.findings) {
    const rule = byId.get(f.ruleId);
    const where = `${f.ruleId} ${f.messageId}`;
    if (!rule) problems.push(`${where}: rule not registered`);
    if (!SEVERITIES.has(f.severity)) problems.push(`${where}: severity ${f.severity}`);
    if (!f.messageId.startsWith(`${f.ruleId}/`)) problems.push(`${where}: message id without the rule prefix`);
    else if (rule && !rule.meta.messages.includes(f.messageId.slice(f.ruleId.length + 1))) problems.push(`${where}: message id not in meta.messages`);
    const loc = f.location;
    if (loc && loc.field === 'body' && !(Number.isInteger(loc.start) && loc.start >= 0 && loc.start <= loc.end && loc.end <= text.length)) {
      problems.push(`${where}: body location [${loc.start}, ${loc.end}) outside the text (${text.length})`);
    }
    if (loc && loc.field === 'subject' && !(loc.start >= 0 && loc.start <= loc.end && loc.end <= subject.length)) problems.push(`${where}: subject location outside the subject`);
    const fix = f.fix;
    if (fix?.kind === 'replaceText') {
      const source = fix.field === 'body' ? text : subject;
      if (source.slice(fix.start, fix.end) !== fix.from) problems.push(`${where}: replaceText.from is not the text at [${fix.start}, ${fix.end})`);
    }
  }
  return problems;
}
