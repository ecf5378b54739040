/**
 * Issue 21, contract § 8: linear time on hostile input. Every adversary of bench/adversarial.ts (runs
 * of punctuation, white space, digits, capitals, quotes, deep and unclosed tags, an endless
 * line, in the own text, at its end, in the HTML body and in the headers) is checked with every
 * rule on at two sizes. Four times the input may cost at most ten times the time (an exponent
 * of 1.66; quadratic work costs sixteen times and more); `npm run bench` measures the exponent
 * itself from 100 KB to 1 MB. Ratios of two timings in the same process, never absolute times.
 */
import { ADVERSARIES, TEXT_PIECES } from '../../bench/adversarial';
import { fastest } from '../../bench/measure';
import { dateInHeader } from '../../src/engine/deadlines/received';
import { composeTypeOf } from '../../src/cli/mime/compose-type';
import { createContext } from '../../src/cli/context';
import { checkMessage } from '../../src/engine/runner';
import { allRules } from '../../src/engine/rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import type { MailMessage } from '../../src/engine/model';

const SMALL = 25_000;
const LARGE = 4 * SMALL;
const MAX_GROWTH = 10;

const everyRuleOn: EngineConfig = { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'], rules: Object.fromEntries(allRules.map((r) => [r.id, 'warning'])) };

/** The fastest of a few checks of `message`; no rule may fail on it. */
function best(message: MailMessage, runs: number): number {
  return fastest(() => expect(checkMessage(message, everyRuleOn, allRules).failedRules).toEqual([]), runs);
}

describe('every rule and the parse grow linearly on hostile input', () => {
  test.each(ADVERSARIES.map((a) => [a.placement, a.name, a] as const))('%s %s', (_placement, _name, adversary) => {
    const small = adversary.make(SMALL);
    const large = adversary.make(LARGE);
    best(small, 2); // warm-up: the first run of a new input shape compiles code
    // Up to three measurements: a burst of load elsewhere on the shared machine spoils one,
    // super-linear work spoils all of them.
    let growth = Infinity;
    for (let attempt = 0; attempt < 3 && growth > MAX_GROWTH; attempt++) growth = Math.min(growth, best(large, 3) / best(small, 5));
    expect(growth).toBeLessThanOrEqual(MAX_GROWTH);
  });
});

/** Line-level readers outside the check itself, each given every run of TEXT_PIECES. */
const READERS: ReadonlyArray<[name: string, read: (s: string) => unknown]> = [
  ['the received date of a quote header', (s) => dateInHeader(`Wysłane: ${s}`)],
  ['the compose type of a subject', (s) => composeTypeOf({ subject: `re${s}` })],
  ['a CLI error line', (s) => createContext('pl', { out: () => undefined, err: () => undefined }).fail(s)],
];

describe('line readers grow linearly on hostile input', () => {
  test.each(READERS)('%s', (_name, read) => {
    const slow: string[] = [];
    for (const [family, piece] of TEXT_PIECES) {
      const small = `a${piece.repeat(Math.ceil(SMALL / piece.length))}b`;
      const large = `a${piece.repeat(Math.ceil(LARGE / piece.length))}b`;
      fastest(() => read(small), 1);
      // Below a millisecond the timer's resolution is the noise: measure from that floor.
      let growth = Infinity;
      for (let attempt = 0; attempt < 3 && growth > MAX_GROWTH; attempt++) growth = Math.min(growth, fastest(() => read(large), 3) / Math.max(1, fastest(() => read(small), 3)));
      if (growth > MAX_GROWTH) slow.push(`${family} ${JSON.stringify(piece)}: ${growth.toFixed(1)}×`);
    }
    expect(slow).toEqual([]);
  });
});
