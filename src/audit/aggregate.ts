/**
 * The report's numbers, gathered one message at a time (nothing per message is kept except the
 * 20 worst and the unreadable ones): totals, per rule the findings and the messages affected, per
 * sender and per month (Polish time). report.json is this object as it stands at the end.
 */
import type { Severity } from '../engine/types';
import { localMonth } from './dates';
import type { AuditedMessage, Reason } from './types';

export type Counts = { messages: number; findings: number; error: number; warning: number; info: number };
export type RuleCounts = { findings: number; messages: number; severity: Severity };
export type WorstMessage = { date?: string; sender: string; senderName?: string; subject: string; source: string; error: number; warning: number; info: number; rules: string[] };
export type SkippedLine = { source: string; reason: Reason };

export const WORST_COUNT = 20;
/** Messages without a readable date are counted under this month key. */
export const NO_MONTH = 'unknown';

const emptyCounts = (): Counts => ({ messages: 0, findings: 0, error: 0, warning: 0, info: 0 });

/** More errors first, then more warnings, then more hints; then the newer; then by source. */
function worse(a: WorstMessage, b: WorstMessage): number {
  return b.error - a.error || b.warning - a.warning || b.info - a.info || (b.date ?? '').localeCompare(a.date ?? '') || a.source.localeCompare(b.source);
}

export class AuditAggregate {
  readonly totals = { ...emptyCounts(), messagesWithFindings: 0 };
  readonly skipped = { notFromOffice: 0, notMail: 0, outsideDates: 0, unreadable: [] as SkippedLine[] };
  readonly byRule = new Map<string, RuleCounts>();
  readonly bySender = new Map<string, Counts & { name?: string }>();
  readonly byMonth = new Map<string, Counts>();
  readonly failedRules = new Map<string, number>();
  readonly worst: WorstMessage[] = [];

  add(m: AuditedMessage): void {
    const severities = { error: 0, warning: 0, info: 0 };
    for (const f of m.findings) severities[f.severity]++;
    const sender = this.bySender.get(m.sender.address) ?? { ...emptyCounts(), ...(m.sender.name ? { name: m.sender.name } : {}) };
    const month = this.byMonth.get(localMonth(m.date) ?? NO_MONTH) ?? emptyCounts();
    for (const counts of [this.totals, sender, month]) {
      counts.messages++;
      counts.findings += m.findings.length;
      counts.error += severities.error;
      counts.warning += severities.warning;
      counts.info += severities.info;
    }
    this.bySender.set(m.sender.address, sender);
    this.byMonth.set(localMonth(m.date) ?? NO_MONTH, month);
    if (m.findings.length) this.totals.messagesWithFindings++;

    const rules = new Set<string>();
    for (const f of m.findings) {
      const r = this.byRule.get(f.ruleId) ?? { findings: 0, messages: 0, severity: f.severity };
      r.findings++;
      if (!rules.has(f.ruleId)) r.messages++;
      rules.add(f.ruleId);
      this.byRule.set(f.ruleId, r);
    }
    for (const id of m.failedRules) this.failedRules.set(id, (this.failedRules.get(id) ?? 0) + 1);
    if (m.findings.length) this.keepIfWorst({ ...(m.date ? { date: m.date } : {}), sender: m.sender.address, ...(m.sender.name ? { senderName: m.sender.name } : {}), subject: m.subject, source: m.source, ...severities, rules: [...rules] });
  }

  private keepIfWorst(w: WorstMessage): void {
    if (this.worst.length === WORST_COUNT && worse(w, this.worst[WORST_COUNT - 1]) >= 0) return;
    this.worst.push(w);
    this.worst.sort(worse);
    if (this.worst.length > WORST_COUNT) this.worst.pop();
  }

  skip(kind: 'notFromOffice' | 'notMail' | 'outsideDates'): void {
    this.skipped[kind]++;
  }

  unreadable(line: SkippedLine): void {
    this.skipped.unreadable.push(line);
  }
}
