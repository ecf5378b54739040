/**
 * Engine measurements: the whole catalogue on one message, each rule alone on the already
 * parsed body (so a slow rule is named and the parse is counted once), and how the time grows
 * with the body size.
 */
import { checkMessage } from '../src/engine/runner';
import { parseBody } from '../src/engine/parse/body';
import { allRules } from '../src/engine/rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../src/engine/config';
import type { MailMessage } from '../src/engine/model';
import { contextFor } from './context';
import { performance } from 'node:perf_hooks';
import { baselinePass, growthExponent, median, time, timePair } from './measure';
import { replyMessage, MB } from './messages';

export type EngineResult = { engineMs: number; baselineMs: number; ratio: number; findings: number; failedRules: string[] };
export type RuleResult = { rule: string; medianMs: number; ratio: number };

const config: EngineConfig = { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'] };

export function measureEngine(message: MailMessage, runs: number): EngineResult {
  const text = message.bodyHtml ?? message.bodyText ?? '';
  const result = checkMessage(message, config, allRules);
  const [baseline, engine] = timePair(() => baselinePass(text), () => checkMessage(message, config, allRules), runs);
  const baselineMs = baseline.medianMs;
  const engineMs = engine.medianMs;
  return { engineMs, baselineMs, ratio: engineMs / baselineMs, findings: result.findings.length, failedRules: result.failedRules };
}

/**
 * Each rule alone. The body is parsed afresh (untimed) before every run, so a rule that fills a
 * per-parse cache (folded words) pays for it here as it does in a real check.
 */
export function measureRules(message: MailMessage, runs: number, baselineMs: number): RuleResult[] {
  const parse = time(() => parseBody(message), runs).medianMs;
  const rows: RuleResult[] = [{ rule: '(parse body)', medianMs: parse, ratio: parse / baselineMs }];
  for (const rule of allRules) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = contextFor(message, rule, config);
      const t0 = performance.now();
      rule.check(message, context);
      samples.push(performance.now() - t0);
    }
    const ms = median(samples);
    rows.push({ rule: rule.id, medianMs: ms, ratio: ms / baselineMs });
  }
  return rows;
}

export type GrowthResult = { points: Array<{ mb: number; ms: number }>; exponent: number };

export function measureGrowth(sizesMb: readonly number[], runs: number): GrowthResult {
  const points = sizesMb.map((mb) => {
    const message = replyMessage(mb * MB, 500);
    return { mb, ms: time(() => checkMessage(message, config, allRules), runs, 2).medianMs };
  });
  return { points, exponent: growthExponent(points.map((p) => ({ size: p.mb, ms: p.ms }))) };
}
