/**
 * Issue 21, SPEC § 8: linear time on hostile input. Every adversary of bench/adversarial.ts (runs
 * of punctuation, white space, digits, capitals, quotes, deep and unclosed tags, an endless
 * line, in the own text, at its end, in the HTML body and in the headers) is checked with every
 * rule on at two sizes. Four times the input may cost at most ten times the time (an exponent
 * of 1.66; quadratic work costs sixteen times and more); `npm run bench` measures the exponent
 * itself from 100 KB to 1 MB. Ratios of two timings in the same process, never absolute times.
 */
import { ADVERSARIES } from '../../bench/adversarial';
import { checkMessage } from '../../src/engine/runner';
import { allRules } from '../../src/engine/rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import type { MailMessage } from '../../src/engine/model';

const SMALL = 25_000;
const LARGE = 4 * SMALL;
const MAX_GROWTH = 10;

const everyRuleOn: EngineConfig = { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'], rules: Object.fromEntries(allRules.map((r) => [r.id, 'warning'])) };

/** The fastest of a few runs: load elsewhere on the machine slows some runs, super-linear work slows all. */
function best(message: MailMessage, runs: number): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = checkMessage(message, everyRuleOn, allRules);
    ms = Math.min(ms, performance.now() - t0);
    expect(result.failedRules).toEqual([]);
  }
  return ms;
}

describe('every rule and the parse grow linearly on hostile input', () => {
  test.each(ADVERSARIES.filter((a) => a.name.startsWith('tags ')).map((a) => [a.placement, a.name, a] as const))('%s %s', (_placement, _name, adversary) => {
    const small = adversary.make(SMALL);
    const large = adversary.make(LARGE);
    best(small, 2); // warm-up: the first run of a new input shape compiles code
    let growth = best(large, 3) / best(small, 5);
    if (growth > MAX_GROWTH) growth = Math.min(growth, best(large, 3) / best(small, 5));
    expect(growth).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
