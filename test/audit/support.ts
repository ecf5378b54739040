/** Runs the built CLI (bin/etykieta.cjs) as `npx etykieta` does, with worker threads, into a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from '../cli/run-cli';
import type { AuditReport } from '../../src/audit/report/summary';

export const POLICY = path.join(REPO, 'examples/policy.gmina.json');

export function buildCli(): void {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
}

export function etykieta(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'bin/etykieta.cjs'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const tempOut = () => mkdtempSync(path.join(tmpdir(), 'etykieta-audit-'));

export type Outputs = { report: AuditReport; html: string; csv: string; json: string };

export function outputs(dir: string): Outputs {
  const json = readFileSync(path.join(dir, 'report.json'), 'utf8');
  return { report: JSON.parse(json) as AuditReport, json, html: readFileSync(path.join(dir, 'report.html'), 'utf8'), csv: readFileSync(path.join(dir, 'findings.csv'), 'utf8') };
}
