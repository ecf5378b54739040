/**
 * The report as data: report.json is exactly this, and report.html is drawn from it. Sorted so
 * that the same inputs give the same file: rules by findings, senders by findings, months in order.
 */
import { type Lang } from '../../engine/i18n';
import { auditText } from '../texts';
import type { AuditAggregate, Counts, WorstMessage } from '../aggregate';
import { NO_MONTH } from '../aggregate';
import { forReport } from '../mask';
import type { Severity } from '../../engine/types';

export type RunInfo = { generated: string; version: string; lang: Lang; sources: string[]; policy?: string; officeDomains: string[]; since?: string; until?: string };

export type AuditReport = RunInfo & {
  messages: number;
  messagesWithFindings: number;
  findings: Record<Severity, number> & { total: number };
  skipped: { total: number; notFromOffice: number; outsideDates: number; notMail: number; unreadable: number; unreadableMessages: Array<{ source: string; reason: string }> };
  byRule: Record<string, { findings: number; messages: number }>;
  bySender: Record<string, Counts & { name?: string }>;
  byMonth: Record<string, Counts>;
  worst: WorstMessage[];
  failedRules: Record<string, number>;
};

const byFindings = <T extends { findings: number }>([ka, a]: [string, T], [kb, b]: [string, T]) => b.findings - a.findings || (ka < kb ? -1 : ka > kb ? 1 : 0);

export function buildReport(aggregate: AuditAggregate, info: RunInfo): AuditReport {
  const { totals, skipped } = aggregate;
  const months = [...aggregate.byMonth.entries()].sort(([a], [b]) => (a === NO_MONTH ? 1 : b === NO_MONTH ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    ...info,
    messages: totals.messages,
    messagesWithFindings: totals.messagesWithFindings,
    findings: { total: totals.findings, error: totals.error, warning: totals.warning, info: totals.info },
    skipped: {
      total: skipped.notFromOffice + skipped.outsideDates + skipped.notMail + skipped.unreadable.length,
      notFromOffice: skipped.notFromOffice,
      outsideDates: skipped.outsideDates,
      notMail: skipped.notMail,
      unreadable: skipped.unreadable.length,
      unreadableMessages: skipped.unreadable.map((u) => ({ source: u.source, reason: forReport(auditText(info.lang, u.reason.id, u.reason.data)) })),
    },
    byRule: Object.fromEntries([...aggregate.byRule.entries()].sort(byFindings).map(([id, r]) => [id, { findings: r.findings, messages: r.messages }])),
    bySender: Object.fromEntries([...aggregate.bySender.entries()].sort(byFindings)),
    byMonth: Object.fromEntries(months),
    worst: aggregate.worst,
    failedRules: Object.fromEntries(aggregate.failedRules),
  };
}
