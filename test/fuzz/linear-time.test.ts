/**
 * contract § 7/§ 8: no regex backtracks catastrophically. The body parse and each rule alone run on
 * 100 KB of one repeated piece (the classic triggers: long runs of letters, spaces, dots, @,
 * digits, tags, a repeated greeting), in the subject, a text body, a recipient and an HTML body.
 * A super-linear pattern takes seconds on 100 KB; a linear one a small multiple of the baseline
 * pass over the same text, measured here in the same process (a ratio, never absolute ms).
 */
import { allRules } from '../../src/engine/rules';
import { parseBody } from '../../src/engine/parse/body';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { createMessage, type MailMessage } from '../../src/engine/model';
import { baselinePass } from '../../bench/measure';
import { contextFor } from '../../bench/context';
import { replyHtml } from '../../bench/messages';

const SIZE = 100_000;
const PIECES = ['a', ' ', '.', '@', 'ą1', '<div>', 'Szanowny Panie ', '1', '-', 'a.', 'a@a.', '\n', '> ', 'Od: a@b.pl\n', 'PL61 ', 'www.', 'http://a', '&amp;', 'nie ', 'Pan '];
/**
 * Generous: the parse of 100,000 one-character lines is ~100× the baseline (one object per
 * line), the rules far less; quadratic work on 100 KB is tens of thousands of times over.
 */
const MAX_RATIO = 400;

const PROSE = replyHtml(SIZE).replace(/<[^>]*>/g, ' ').slice(0, SIZE);

const config: EngineConfig = { ...DEFAULT_CONFIG, internalDomains: ['gmina.example.pl'], rules: Object.fromEntries(allRules.map((r) => [r.id, 'warning'])) };

function messagesOf(s: string): MailMessage[] {
  return [
    createMessage({ subject: s, bodyText: s, to: [{ name: s, address: `${s}@gmina.example.pl` }], from: { address: s }, attachments: [{ name: s, size: 1, isInline: false }] }),
    createMessage({ subject: 'Informacja', bodyHtml: s, composeType: 'reply' }),
  ];
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe('the parse and every rule run in linear time on 100 KB of one repeated piece', () => {
  test.each(PIECES.map((p) => [JSON.stringify(p), p]))('%s', (_label, piece) => {
    const s = piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);
    // On a run of one character the lower-case-and-split pass has nothing to split and costs
    // next to nothing, so the baseline is the larger of that pass over this text and over ordinary
    // prose of the same size: what one linear pass over 100 KB costs here and now.
    const pass = (t: string) => Math.min(...Array.from({ length: 5 }, () => timed(() => baselinePass(t))));
    const baseline = Math.max(pass(s), pass(PROSE));
    const slow: string[] = [];
    // A run over the limit is timed once more and the faster counts: a burst of load elsewhere on
    // the machine slows one run, super-linear work slows every run.
    const check = (name: string, run: () => number) => {
      let ms = run();
      if (ms / baseline > MAX_RATIO) ms = Math.min(ms, run());
      if (ms / baseline > MAX_RATIO) slow.push(`${name}: ${(ms / baseline).toFixed(0)}× the baseline`);
    };
    for (const message of messagesOf(s)) {
      check('parse', () => timed(() => parseBody(message)));
      for (const rule of allRules) {
        // A fresh parse for each run (untimed), so per-parse caches are paid by the rule as in a real check.
        check(rule.id, () => {
          const context = contextFor(message, rule, config);
          return timed(() => rule.check(message, context));
        });
      }
    }
    expect(slow).toEqual([]);
  });
});
