/**
 * A key for a finding that survives re-checks: positions move as the clerk types, so a
 * suggestion is known by its rule, message and text (ignoring it hides it for this message),
 * and other findings by their rule, message and order.
 */
import type { Finding } from '../engine/types';

export type KeyedFinding = { key: string; finding: Finding };

export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const fix = finding.fix;
    const base = fix?.kind === 'replaceText' ? `${finding.messageId}|${fix.from}|${fix.to}` : finding.messageId;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}|${n}`, finding };
  });
}
