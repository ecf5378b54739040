/**
 * `etykieta audit` in the bench. Three numbers:
 * - messages per second of the audit on one worker and on every core, each as a ratio to
 *   `check`'s own pipeline (read the file, parse it with mailparser, run every rule, word the
 *   findings) on the same .eml files in the same process a moment earlier;
 * - memory on a generated 100,000-message mbox, read as a stream: the resident size once a fifth
 *   of the messages is done against the end of the run. Flat means the export is never held.
 * Files are generated in a temporary folder from the audit fixtures (unique Message-IDs).
 */
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readRegularFile } from '../src/cli/read-regular';
import { readEml } from '../src/cli/mime/eml';
import { reportFindings } from '../src/cli/check/report';
import { checkMessage } from '../src/engine/runner';
import { DEFAULT_CONFIG } from '../src/engine/config';
import { validatePolicyText } from '../src/policy';
import { runAudit } from '../src/audit/run';
import { workerChecker } from '../src/audit/pool';
import { resolveInputs, type Input } from '../src/audit/readers/inputs';
import { FindingsCsv } from '../src/audit/report/csv';
import type { AuditSettings } from '../src/audit/types';
import { mailFiles, mboxEntry } from '../test/support/audit-fixtures';

export type AuditBench = {
  files: number;
  checkPerSecond: number;
  oneCorePerSecond: number;
  allCoresPerSecond: number;
  cores: number;
  oneCoreRatio: number;
  allCoresRatio: number;
  mbox: { messages: number; mb: number; seconds: number; perSecond: number; rssAtFifthMb: number; rssAtEndMb: number; peakRssMb: number; growthMb: number };
};

const WORKER = path.resolve('lib/audit-worker.cjs');
const letters = () => mailFiles(path.resolve('test/fixtures/audit/folder')).map((f) => readFileSync(f, 'utf8'));
const unique = (text: string, i: number) => text.replace(/^Message-ID: <([^>]+)>/im, `Message-ID: <bench-${i}.$1>`);

function settings(): AuditSettings {
  const policy = validatePolicyText(readFileSync('examples/policy.gmina.json', 'utf8'));
  const config = policy.ok ? policy.config : DEFAULT_CONFIG;
  return { config, lang: 'pl', officeDomains: ['zielonadolina.example.pl', 'gops.zielonadolina.example.pl'] };
}

async function checkPipeline(files: string[], s: AuditSettings): Promise<number> {
  const t0 = performance.now();
  for (const f of files) {
    const eml = await readEml(await readRegularFile(f, 100 * 1024 * 1024));
    if (!eml.ok) continue;
    const result = checkMessage(eml.message, s.config);
    reportFindings(result.findings, result.body.text, s.lang);
  }
  return files.length / ((performance.now() - t0) / 1000);
}

/**
 * One audit over `inputs` on a pool that has already checked `warmUp` (the workers' start and
 * warm-up are paid once per run, not per message: a real export has thousands).
 */
async function auditRun(inputs: Input[], warmUp: Input[], s: AuditSettings, threads: number, csvPath: string, onProgress?: (messages: number) => void): Promise<{ perSecond: number; messages: number; seconds: number }> {
  const checker = workerChecker(s, threads, WORKER);
  await runAudit({ inputs: warmUp.length ? warmUp : inputs, settings: s, checker });
  const t0 = performance.now();
  const csv = new FindingsCsv(csvPath, s.lang);
  let seen = 0;
  try {
    await runAudit({ inputs, settings: s, checker, onAudited: (m) => csv.write(m), onProgress: (p) => ((seen = p.messages), onProgress?.(p.messages)) });
  } finally {
    await csv.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  await checker.close();
  return { perSecond: seen / seconds, messages: seen, seconds };
}

async function writeMbox(file: string, count: number): Promise<void> {
  const texts = letters();
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(mboxEntry(unique(texts[i % texts.length], i), 'bench@zielonadolina.example.pl'))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export async function measureAudit(files = 1500, mboxMessages = Number(process.env.BENCH_AUDIT_MESSAGES ?? 100_000)): Promise<AuditBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'etykieta-bench-audit-'));
  try {
    const s = settings();
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    const texts = letters();
    const paths = Array.from({ length: files }, (_, i) => path.join(folder, `${String(i).padStart(5, '0')}.eml`));
    paths.forEach((p, i) => writeFileSync(p, unique(texts[i % texts.length], i)));
    const resolved = await resolveInputs([folder]);
    if (!resolved.ok || resolved.inputs[0].kind !== 'folder') throw new Error('bench: cannot read the generated folder');
    // Each side first runs over the whole folder once: every worker's JIT warms up as the main
    // thread's does for `check` (100 messages were too few for two fresh workers).
    const warmUp = resolved.inputs;

    await checkPipeline(paths, s); // warm-up: the JIT and mailparser's tables
    const checkPerSecond = await checkPipeline(paths, s);
    const cores = availableParallelism();
    const one = await auditRun(resolved.inputs, warmUp, s, 1, path.join(dir, 'one.csv'));
    const all = await auditRun(resolved.inputs, warmUp, s, cores, path.join(dir, 'all.csv'));

    const mbox = path.join(dir, 'export.mbox');
    await writeMbox(mbox, mboxMessages);
    const mboxInputs = await resolveInputs([mbox]);
    if (!mboxInputs.ok) throw new Error('bench: cannot read the generated mbox');
    const samples: Array<{ at: number; rss: number }> = [];
    let done = 0;
    const timer = setInterval(() => samples.push({ at: done, rss: process.memoryUsage().rss }), 250);
    const big = await auditRun(mboxInputs.inputs, resolved.inputs, s, cores, path.join(dir, 'mbox.csv'), (m) => (done = m));
    clearInterval(timer);
    samples.push({ at: done, rss: process.memoryUsage().rss });
    const mb = (b: number) => b / 1024 / 1024;
    const max = (xs: number[]) => Math.max(...xs, 0);
    const rssAtFifth = max(samples.filter((x) => x.at <= mboxMessages / 5).map((x) => x.rss));
    const rssAtEnd = max(samples.filter((x) => x.at >= (mboxMessages * 4) / 5).map((x) => x.rss));
    return {
      files,
      checkPerSecond,
      oneCorePerSecond: one.perSecond,
      allCoresPerSecond: all.perSecond,
      cores,
      oneCoreRatio: one.perSecond / checkPerSecond,
      allCoresRatio: all.perSecond / checkPerSecond,
      mbox: { messages: big.messages, mb: mb(mboxInputs.inputs[0].size), seconds: big.seconds, perSecond: big.perSecond, rssAtFifthMb: mb(rssAtFifth), rssAtEndMb: mb(rssAtEnd), peakRssMb: mb(max(samples.map((x) => x.rss))), growthMb: mb(rssAtEnd - rssAtFifth) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
