/**
 * Policy patterns on hostile text (issue 21.3): each pattern an office may plausibly write, and
 * the issue's `(\w+\s?)+$` that froze the send check for 67 s, run on 100 KB and 1 MB of the
 * runs that make a backtracking engine retry (letters then "!", capitals, ".1" after a reference
 * prefix, spaces, prose, open brackets). The growth exponent (100 KB, 300 KB, 1 MB; the fastest
 * of 5 runs each) must stay linear (≤ 1.15); the ratio is to one lower-case-and-split pass over
 * the same 1 MB (contract § 7's baseline). The cost per character is bounded by the program's size.
 */
import { compilePolicyPattern } from '../src/engine/patterns';
import { DEFAULT_CASE_REFERENCE } from '../src/engine/rules/case-reference-missing';
import { baselinePass, fastest, growthExponent } from './measure';

const PATTERNS: Record<string, string> = {
  'issue (\\w+\\s?)+$': '(\\w+\\s?)+$',
  'JRWA default': DEFAULT_CASE_REFERENCE,
  'office template [[…]]': '\\[\\[[^\\]]{1,80}\\]\\]',
};

const INPUTS: Record<string, (bytes: number) => string> = {
  'letters + !': (n) => `${'a'.repeat(n)}!`,
  capitals: (n) => 'KT'.repeat(n / 2),
  'KT.5430 + .1…': (n) => `KT.5430${'.1'.repeat(n / 2)}`,
  spaces: (n) => `a${' '.repeat(n)}!`,
  prose: (n) => 'Szanowna Pani, w odpowiedzi na wniosek z dnia 3 marca informuję, że decyzja zostanie wydana. '.repeat(Math.ceil(n / 96)).slice(0, n),
  'open [[': (n) => '[['.repeat(n / 2),
};

/** Below this the prefilter skipped the whole text: too fast for a slope to mean anything. */
const MEASURABLE_MS = 5;

export type PatternRow = { pattern: string; input: string; ms100k: number; ms1m: number; exponent: number | null; ratio: number };

export function measurePatterns(runs = 5): PatternRow[] {
  const rows: PatternRow[] = [];
  for (const [pattern, source] of Object.entries(PATTERNS)) {
    const compiled = compilePolicyPattern(source);
    if (!compiled.ok) throw new Error(`${pattern} refused: ${compiled.problem.id}`);
    for (const [input, make] of Object.entries(INPUTS)) {
      const points = [100_000, 300_000, 1_000_000].map((size) => {
        const text = make(size);
        return { size, ms: fastest(() => compiled.pattern.test(text), runs, 1), text };
      });
      const last = points[points.length - 1];
      const baseline = fastest(() => baselinePass(last.text), runs, 1);
      const exponent = last.ms >= MEASURABLE_MS ? growthExponent(points) : null;
      rows.push({ pattern, input, ms100k: points[0].ms, ms1m: last.ms, exponent, ratio: last.ms / Math.max(baseline, 0.01) });
    }
  }
  return rows;
}
