/**
 * A key for a finding that survives re-checks: positions move as the clerk types, so a finding
 * is known by its message and what it names (its data: the phrase, the masked number, the
 * address; a suggestion also by its replacement), and, when those repeat, by their order.
 * "Ignoruj" hides the findings with that key for as long as the pane shows this message: the
 * set lives in the pane of this compose window and is never stored, so another message starts
 * with nothing ignored.
 */
import type { Finding } from '../engine/types';

export type KeyedFinding = { key: string; finding: Finding };

function dataKey(finding: Finding): string {
  const data = finding.data ?? {};
  return Object.keys(data)
    .sort()
    .map((k) => `${k}=${data[k]}`)
    .join('&');
}

export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const fix = finding.fix;
    const base = `${finding.messageId}|${dataKey(finding)}${fix?.kind === 'replaceText' ? `|${fix.from}|${fix.to}` : ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}|${n}`, finding };
  });
}

/**
 * Findings that state a fact about the message, not a judgement of its words, cannot be a false
 * alarm: they get no "Ignoruj" (a template placeholder left in the text, no subject, a subject
 * over the length limit, external addresses visible to each other).
 */
const CERTAIN = new Set(['subject-missing', 'subject-too-long', 'placeholder-left', 'recipients-external-visible']);

export function canBeIgnored(finding: Finding): boolean {
  return !CERTAIN.has(finding.ruleId);
}
