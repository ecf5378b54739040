/**
 * One checked file as both outputs see it: findings with their text already in the chosen
 * language and their place (line:column in the body as plain text, or the field), or the
 * one-line reason the file could not be checked.
 */
import type { Lang } from '../../engine/i18n';
import { formatFinding } from '../../engine/i18n';
import type { Finding, Fix, Severity } from '../../engine/types';
import { lineIndex } from './position';

export type ReportedFinding = {
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: Fix;
  /** Body findings: where, in the body as plain text (HTML bodies after conversion). */
  line?: number;
  column?: number;
  /** Subject and recipient findings: `subject`, `to`, `cc`, `bcc`. */
  field?: string;
};

export type FileReport = { path: string; findings: ReportedFinding[]; error?: string };

export function reportFindings(findings: readonly Finding[], bodyText: string, lang: Lang): ReportedFinding[] {
  const locate = lineIndex(bodyText);
  return findings.map((f) => {
    const out: ReportedFinding = { ruleId: f.ruleId, severity: f.severity, message: formatFinding(lang, f).replace(/\s+/g, ' ').trim() };
    if (f.fix) out.fix = f.fix;
    if (f.location?.field === 'body') Object.assign(out, locate(f.location.start));
    else if (f.location) out.field = f.location.field;
    return out;
  });
}

export type Totals = Record<Severity, number> & { files: number; failed: number };

export function totalsOf(reports: readonly FileReport[]): Totals {
  const totals: Totals = { error: 0, warning: 0, info: 0, files: reports.length, failed: 0 };
  for (const r of reports) {
    if (r.error !== undefined) totals.failed++;
    for (const f of r.findings) totals[f.severity]++;
  }
  return totals;
}
