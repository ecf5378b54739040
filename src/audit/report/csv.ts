/**
 * findings.csv: one row per finding, written while the run goes (never held in memory), RFC 4180
 * quoting by csv-stringify, with its formula escaping: a subject such as `=HYPERLINK(…)` or
 * `+48 …` starts with a `'` so that a spreadsheet shows it as text instead of running it. UTF-8
 * with a byte-order mark, which Excel needs to read Polish letters.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { type Lang } from '../../engine/i18n';
import { auditText } from '../texts';
import { localDateTime } from '../dates';
import type { AuditedMessage } from '../types';

const COLUMNS = ['date', 'sender', 'subject', 'rule', 'severity', 'message'] as const;

const row = (cells: readonly string[]) => stringify([cells], { escape_formulas: true, record_delimiter: 'windows' });

export class FindingsCsv {
  private readonly out: WriteStream;

  constructor(
    path: string,
    private readonly lang: Lang,
  ) {
    this.out = createWriteStream(path);
    this.out.write(`\uFEFF${row(COLUMNS.map((c) => auditText(lang, `cli.audit.csv.${c}`)))}`);
  }

  write(m: AuditedMessage): void {
    const date = localDateTime(m.date);
    for (const f of m.findings) this.out.write(row([date, m.sender.address, m.subject, f.ruleId, auditText(this.lang, `cli.severity.${f.severity}`), f.message]));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
