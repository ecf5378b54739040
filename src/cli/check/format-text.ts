/**
 * ESLint-like text: per file with findings, its path, then `place  severity  message  rule-id`
 * with aligned columns; then one summary line with Polish plural forms. The path and the
 * message (which quotes names, subjects and phrases of the letter) are made terminal-safe.
 */
import type { CliContext } from '../context';
import type { FileReport, ReportedFinding, Totals } from './report';
import { forTerminal } from '../terminal-text';

function place(f: ReportedFinding): string {
  if (f.line !== undefined) return `${f.line}:${f.column}`;
  return f.field ?? '-';
}

function fileBlock(report: FileReport, ctx: CliContext): string {
  const rows = report.findings.map((f) => [place(f), ctx.t(`severity.${f.severity}`), forTerminal(f.message), f.ruleId]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return `${forTerminal(report.path)}\n${rows.map((r) => `  ${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}  ${r[3]}`).join('\n')}\n`;
}

export function formatText(reports: readonly FileReport[], totals: Totals, ctx: CliContext): string {
  const blocks = reports.filter((r) => r.findings.length > 0).map((r) => fileBlock(r, ctx));
  const problems = totals.error + totals.warning + totals.info;
  const summary = ctx.t('summary', { files: totals.files - totals.failed, problems, errors: totals.error, warnings: totals.warning, infos: totals.info, failed: totals.failed });
  return `${blocks.join('\n')}${blocks.length ? '\n' : ''}${summary}\n`;
}
