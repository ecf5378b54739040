import fc from 'fast-check';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import { greetingRules } from '../../src/engine/rules/registry/greeting';
import { parseDisplayName, parseGreeting } from '../../src/engine/greeting';

// Pieces of real greetings and names, so that random input often gets deep into the parser.
const piece = fc.constantFrom('Szanowna', 'Szanowny', 'Szanowni', 'Pani', 'Panie', 'Państwo', 'Dyrektor', 'Kowalski', 'Anno', 'Witam', 'Dzień', 'dobry', 'Hej', 'Dear', ',', '/', '(', ')', '"', '@', ' ', '\n', '\u00a0', '-');
const hostile = fc.oneof(fc.string(), fc.array(piece, { maxLength: 30 }).map((p) => p.join(' ')), fc.array(piece, { maxLength: 30 }).map((p) => p.join('')));

describe('greeting on random and hostile input', () => {
  test('parseGreeting never throws and its range is the raw text', () => {
    fc.assert(
      fc.property(hostile, fc.nat(1000), (line, offset) => {
        const g = parseGreeting(line, offset);
        if (g) expect(line.slice(g.start - offset, g.end - offset)).toBe(g.raw);
      }),
    );
  });

  test('parseDisplayName never throws', () => {
    fc.assert(fc.property(hostile, hostile, (name, address) => void parseDisplayName(name, address)));
  });

  test('the greeting rules never throw, and every replaceText fix points at its own text', () => {
    const recipient = fc.record({ name: fc.option(hostile, { nil: undefined }), address: hostile });
    fc.assert(
      fc.property(hostile, fc.array(recipient, { maxLength: 4 }), (bodyText, to) => {
        const result = checkMessage(createMessage({ bodyText, to, from: { address: 'a@ug.example.pl' } }), undefined, greetingRules);
        expect(result.failedRules).toEqual([]);
        for (const f of result.findings) if (f.fix?.kind === 'replaceText') expect(result.body.text.slice(f.fix.start, f.fix.end)).toBe(f.fix.from);
      }),
    );
  });
});
