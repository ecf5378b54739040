/**
 * Growth on hostile input (issue 21, contract § 8): every adversary of bench/adversarial.ts through
 * the whole catalogue (every rule on) at 100 KB and 1 MB; the exponent is log(t1/t0)/log(10),
 * 1 for linear work. Each size is timed as the fastest of a few runs (load elsewhere on the
 * machine slows some runs, super-linear work all of them); an adversary above the limit is timed
 * again before it counts.
 */
import { ADVERSARIES, type Adversary } from './adversarial';
import { fastest } from './measure';
import { checkMessage } from '../src/engine/runner';
import { allRules } from '../src/engine/rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../src/engine/config';
import type { MailMessage } from '../src/engine/model';

export const ADVERSARIAL_SIZES = [100_000, 1_000_000] as const;

const everyRuleOn: EngineConfig = { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'], rules: Object.fromEntries(allRules.map((r) => [r.id, 'warning'])) };

export type AdversaryGrowth = { name: string; placement: string; smallMs: number; largeMs: number; exponent: number };
export type AdversarialResult = { rows: AdversaryGrowth[]; maxExponent: number; worst: AdversaryGrowth; failedRules: string[] };

/** The fastest of `runs` checks of `message`; a rule that failed on it is noted in `failed`. */
function fastestCheck(message: MailMessage, runs: number, failed: Set<string>): number {
  return fastest(() => {
    for (const id of checkMessage(message, everyRuleOn, allRules).failedRules) failed.add(id);
  }, runs);
}

function growth(adversary: Adversary, runs: number, failed: Set<string>): AdversaryGrowth {
  const [small, large] = ADVERSARIAL_SIZES.map((bytes) => adversary.make(bytes));
  fastestCheck(small, 1, failed); // warm-up: a new input shape compiles new code
  const smallMs = fastestCheck(small, runs, failed);
  const largeMs = fastestCheck(large, runs, failed);
  const exponent = Math.log(largeMs / smallMs) / Math.log(ADVERSARIAL_SIZES[1] / ADVERSARIAL_SIZES[0]);
  return { name: adversary.name, placement: adversary.placement, smallMs, largeMs, exponent };
}

export function measureAdversarial(limit: number, adversaries: readonly Adversary[] = ADVERSARIES): AdversarialResult {
  const failed = new Set<string>();
  const rows = adversaries.map((a) => {
    const first = growth(a, 2, failed);
    if (first.exponent <= limit) return first;
    const again = growth(a, 3, failed);
    return again.exponent < first.exponent ? again : first;
  });
  const worst = rows.reduce((a, b) => (b.exponent > a.exponent ? b : a));
  return { rows, maxExponent: worst.exponent, worst, failedRules: [...failed] };
}

/** The worst exponent of each family ("punctuation", "tags", …) in each placement. */
export function byFamily(rows: readonly AdversaryGrowth[]): Array<{ family: string; placement: string; count: number; worst: AdversaryGrowth }> {
  const groups = new Map<string, AdversaryGrowth[]>();
  for (const r of rows) {
    const family = r.name.includes(' "') ? r.name.slice(0, r.name.indexOf(' "')) : r.name;
    const key = `${family}\u0000${r.placement}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([key, list]) => {
    const [family, placement] = key.split('\u0000');
    return { family, placement, count: list.length, worst: list.reduce((a, b) => (b.exponent > a.exponent ? b : a)) };
  });
}
