/**
 * `npm run bench`: measures the engine and the send handler, prints a table, writes
 * bench-results/bench.json, and exits 1 when an enforced budget of contract § 7 is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { measureEngine, measureGrowth, measureRules } from './engine';
import { measureOnSend } from './on-send';
import { measureAudit } from './audit';
import { measureFirstNames } from './first-names';
import { checkBudgets } from './budgets';
import { largeMessage, typicalMessage } from './messages';
import { measurePhases } from './phases';
import { byFamily, measureAdversarial } from './adversarial-growth';
import { DEFAULT_CONFIG } from '../src/engine/config';

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(9);

async function main(): Promise<number> {
  const typical = typicalMessage();
  const large = largeMessage();
  const typicalResult = measureEngine(typical, 301);
  const largeResult = measureEngine(large, 15);
  const rules = measureRules(large, 7, largeResult.baselineMs);
  const growth = measureGrowth([0.25, 0.5, 1, 2], 5);
  const phases = measurePhases(large, { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'] }, 15);
  const parsePhase = phases.find((p) => p.phase.startsWith('body parse'))!;
  const adversarial = measureAdversarial(1.15);
  const onSend = await measureOnSend();
  const audit = await measureAudit();
  const names = measureFirstNames();
  const checks = checkBudgets({
    typicalMs: typicalResult.engineMs,
    largeMs: largeResult.engineMs,
    largeRatio: largeResult.ratio,
    parseRatio: parsePhase.ratio,
    adversarialExponent: adversarial.maxExponent,
    exponent: growth.exponent,
    onSendWaves: onSend.waves,
    onSendMs: onSend.totalMs,
    auditOneCoreSlowdown: 1 / audit.oneCoreRatio,
    auditMemoryGrowthMb: audit.mbox.growthMb,
  });

  const out: string[] = [];
  out.push('Engine (all rules, median)        engine ms  baseline ms    ratio');
  out.push(`typical: 3 KB HTML, 5 recipients  ${fmt(typicalResult.engineMs, 3)}    ${fmt(typicalResult.baselineMs, 3)} ${fmt(typicalResult.ratio, 1)}`);
  out.push(`large: 1 MB HTML, 500 recipients  ${fmt(largeResult.engineMs)}    ${fmt(largeResult.baselineMs)} ${fmt(largeResult.ratio, 2)}`);
  out.push('', 'Phases on the large message (medians, timed in rotation)   ms   × baseline');
  for (const p of phases) out.push(`  ${p.phase.padEnd(48)} ${fmt(p.medianMs, 3)} ${fmt(p.ratio, 3)}`);
  out.push('', 'Per rule on the large message (parse counted once)      ms   × baseline');
  for (const r of [...rules].sort((a, b) => b.medianMs - a.medianMs)) out.push(`  ${r.rule.padEnd(48)} ${fmt(r.medianMs, 3)} ${fmt(r.ratio, 3)}`);
  out.push('', `Growth (all rules, 500 recipients): ${growth.points.map((p) => `${p.mb} MB ${p.ms.toFixed(1)} ms`).join(', ')}`);
  out.push(`  log-log slope (exponent): ${growth.exponent.toFixed(3)}`);
  const families = byFamily(adversarial.rows).sort((a, b) => b.worst.exponent - a.worst.exponent);
  out.push('', `Adversarial growth 100 KB -> 1 MB, every rule on (${adversarial.rows.length} hostile inputs; worst of each family)`);
  out.push('  family          placement  inputs   worst input                         100 KB ms   1 MB ms  exponent');
  for (const f of families) {
    out.push(`  ${f.family.padEnd(15)} ${f.placement.padEnd(10)} ${String(f.count).padStart(6)}   ${f.worst.name.slice(f.family.length).trim().padEnd(30)} ${fmt(f.worst.smallMs, 1)} ${fmt(f.worst.largeMs, 1)} ${fmt(f.worst.exponent, 3)}`);
  }
  out.push('', `On-send (100 ms per Outlook call): ${onSend.totalMs.toFixed(0)} ms, ${onSend.waves} wave(s), ${onSend.calls} calls, allowed: ${onSend.allowed}`);
  out.push('', `Audit (${audit.files} .eml files; messages per second, × check on the same files)`);
  out.push(`  check (parse + rules, 1 thread)  ${fmt(audit.checkPerSecond, 0)}`);
  out.push(`  audit, 1 worker                  ${fmt(audit.oneCorePerSecond, 0)} ${fmt(audit.oneCoreRatio, 2)} ×`);
  out.push(`  audit, ${String(audit.cores).padEnd(2)} workers (all cores)   ${fmt(audit.allCoresPerSecond, 0)} ${fmt(audit.allCoresRatio, 2)} ×`);
  const m = audit.mbox;
  out.push(`  mbox ${m.messages} messages (${m.mb.toFixed(0)} MB, streamed): ${m.seconds.toFixed(0)} s, ${m.perSecond.toFixed(0)}/s; RSS ${m.rssAtFifthMb.toFixed(0)} MB at 1/5, ${m.rssAtEndMb.toFixed(0)} MB at the end (peak ${m.peakRssMb.toFixed(0)} MB)`);
  out.push('', `First-name table (first-names.txt): ${names.names} names, ${names.rawKb.toFixed(0)} KB, ${names.gzipKb.toFixed(0)} KB gzip`);
  out.push(`  read: first ${names.coldMs.toFixed(1)} ms, then median ${names.decodeMs.toFixed(1)} ms (${names.ratio.toFixed(1)} × a pass that splits and lower-cases it, ${names.baselineMs.toFixed(1)} ms)`);
  out.push('', 'Budgets (contract § 7)');
  for (const c of checks) {
    const status = c.ok ? 'ok' : c.enforced ? 'BROKEN' : 'over (not enforced)';
    out.push(`  ${c.name.padEnd(34)} ${fmt(c.value)} ${c.unit.padEnd(2)} limit ${c.limit} ${c.unit.padEnd(2)} ${status}`);
  }
  const failed = [...typicalResult.failedRules, ...largeResult.failedRules, ...adversarial.failedRules];
  if (failed.length) out.push(`Rules that threw: ${[...new Set(failed)].join(', ')}`);
  console.log(out.join('\n'));

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), machine, typical: typicalResult, large: largeResult, phases, rules, growth, adversarial, onSend, audit, firstNames: names, checks };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);

  const broken = checks.filter((c) => c.enforced && !c.ok);
  if (broken.length || failed.length) {
    console.error(`\nbench: ${broken.length} budget(s) broken${failed.length ? `, ${failed.length} rule failure(s)` : ''}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
