/**
 * Writes report.json and report.html into the output folder, each through a temporary file and
 * a rename, so a reader never sees half a report (findings.csv is streamed during the run).
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCharts } from './charts';
import { renderHtml } from './html';
import type { AuditReport } from './summary';

export const REPORT_FILES = { html: 'report.html', json: 'report.json', csv: 'findings.csv' } as const;

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

export async function writeReport(dir: string, report: AuditReport): Promise<void> {
  await writeAtomically(join(dir, REPORT_FILES.json), `${JSON.stringify(report, null, 2)}\n`);
  await writeAtomically(join(dir, REPORT_FILES.html), renderHtml(report, await renderCharts(report)));
}
