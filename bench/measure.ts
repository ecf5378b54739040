/**
 * Timing helpers. Every budget is a ratio to a baseline measured in the same process a moment
 * earlier, so a slower or busier machine moves both numbers together.
 */
import { performance } from 'node:perf_hooks';

export type Timing = { medianMs: number; runs: number };

/** Median wall time of `fn`, after warm-up runs that let the JIT settle. */
export function time(fn: () => unknown, runs: number, warmup = Math.min(5, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { medianMs: median(samples), runs };
}

/**
 * Medians of two functions timed in alternation, so that both see the same load from whatever
 * else runs on the machine; the ratio of the two is what a budget compares.
 */
export function timePair(a: () => unknown, b: () => unknown, runs: number, warmup = Math.min(5, runs)): [Timing, Timing] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    sa.push(performance.now() - t0);
    t0 = performance.now();
    b();
    sb.push(performance.now() - t0);
  }
  return [{ medianMs: median(sa), runs }, { medianMs: median(sb), runs }];
}

/**
 * The fastest of `runs` of `fn`, after `warmup` untimed ones: load elsewhere on the machine only
 * ever adds time, super-linear work slows every run. What growth exponents are taken from.
 */
export function fastest(fn: () => unknown, runs: number, warmup = 0): number {
  for (let i = 0; i < warmup; i++) fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The baseline: one linear pass over the same text that only lower-cases and splits it (contract § 7). */
export function baselinePass(text: string): number {
  return text.toLowerCase().split(/\s+/).length;
}

/** Least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic. */
export function growthExponent(points: ReadonlyArray<{ size: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}
