/**
 * `npm run bench`: measures the engine and the send handler, prints a table, writes
 * bench-results/bench.json, and exits 1 when an enforced budget of SPEC § 7 is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { measureEngine, measureGrowth, measureRules } from './engine';
import { measureOnSend } from './on-send';
import { checkBudgets } from './budgets';
import { largeMessage, typicalMessage } from './messages';
import { measurePatterns } from './patterns';

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(9);

async function main(): Promise<number> {
  const typical = typicalMessage();
  const large = largeMessage();
  const typicalResult = measureEngine(typical, 301);
  const largeResult = measureEngine(large, 15);
  const rules = measureRules(large, 7, largeResult.baselineMs);
  const growth = measureGrowth([0.25, 0.5, 1, 2], 5);
  const onSend = await measureOnSend();
  const patterns = measurePatterns();
  const checks = checkBudgets({
    typicalMs: typicalResult.engineMs,
    largeMs: largeResult.engineMs,
    largeRatio: largeResult.ratio,
    exponent: growth.exponent,
    onSendWaves: onSend.waves,
    onSendMs: onSend.totalMs,
  });
  const patternExponent = Math.max(...patterns.map((p) => p.exponent ?? 0));
  checks.push({ name: 'policy patterns: growth exponent', value: patternExponent, limit: 1.15, unit: '', enforced: true, ok: patternExponent <= 1.15 });

  const out: string[] = [];
  out.push('Engine (all rules, median)        engine ms  baseline ms    ratio');
  out.push(`typical: 3 KB HTML, 5 recipients  ${fmt(typicalResult.engineMs, 3)}    ${fmt(typicalResult.baselineMs, 3)} ${fmt(typicalResult.ratio, 1)}`);
  out.push(`large: 1 MB HTML, 500 recipients  ${fmt(largeResult.engineMs)}    ${fmt(largeResult.baselineMs)} ${fmt(largeResult.ratio, 2)}`);
  out.push('', 'Per rule on the large message (parse counted once)      ms   × baseline');
  for (const r of [...rules].sort((a, b) => b.medianMs - a.medianMs)) out.push(`  ${r.rule.padEnd(48)} ${fmt(r.medianMs, 3)} ${fmt(r.ratio, 3)}`);
  out.push('', `Growth (all rules, 500 recipients): ${growth.points.map((p) => `${p.mb} MB ${p.ms.toFixed(1)} ms`).join(', ')}`);
  out.push(`  log-log slope (exponent): ${growth.exponent.toFixed(3)}`);
  out.push('', `On-send (100 ms per Outlook call): ${onSend.totalMs.toFixed(0)} ms, ${onSend.waves} wave(s), ${onSend.calls} calls, allowed: ${onSend.allowed}`);
  out.push('', 'Policy patterns on hostile text (src/engine/patterns)   100 KB ms   1 MB ms  exponent  × baseline');
  for (const p of patterns) out.push(`  ${`${p.pattern} · ${p.input}`.padEnd(52)} ${fmt(p.ms100k)} ${fmt(p.ms1m)} ${p.exponent === null ? '        –' : fmt(p.exponent)} ${fmt(p.ratio, 1)}`);
  out.push('', 'Budgets (SPEC § 7)');
  for (const c of checks) {
    const status = c.ok ? 'ok' : c.enforced ? 'BROKEN' : 'over (not enforced)';
    out.push(`  ${c.name.padEnd(34)} ${fmt(c.value)} ${c.unit.padEnd(2)} limit ${c.limit} ${c.unit.padEnd(2)} ${status}`);
  }
  const failed = [...typicalResult.failedRules, ...largeResult.failedRules];
  if (failed.length) out.push(`Rules that threw: ${[...new Set(failed)].join(', ')}`);
  console.log(out.join('\n'));

  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), machine, typical: typicalResult, large: largeResult, rules, growth, onSend, patterns, checks };
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
