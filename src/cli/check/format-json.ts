/**
 * `--json`: exactly contract § 4's shape, `[{ path, findings: [{ ruleId, severity, message, fix?, line?, column? }] }]`.
 * A file that could not be checked keeps `findings: []` (consumers can always iterate) and adds
 * `error` with the same one-line reason as stderr.
 */
import type { FileReport } from './report';

export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => ({
    path: r.path,
    findings: r.findings.map(({ field: _field, ...f }) => f),
    ...(r.error !== undefined ? { error: r.error } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
