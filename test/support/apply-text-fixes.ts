/**
 * Applies the replaceText fixes of findings to the body text, as a clerk accepting every
 * suggestion would: from the end backwards, each fix only where its `from` is still the text
 * (an overlapping later one is skipped, as the pane would refuse it).
 */
import type { Finding } from '../../src/engine/types';

export function applyTextFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is Extract<NonNullable<Finding['fix']>, { kind: 'replaceText' }> => f?.kind === 'replaceText' && f.field === 'body')
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const fix of fixes) {
    if (fix.end > limit || out.slice(fix.start, fix.end) !== fix.from) continue;
    out = out.slice(0, fix.start) + fix.to + out.slice(fix.end);
    limit = fix.start;
  }
  return out;
}
