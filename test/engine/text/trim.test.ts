/**
 * The linear scans that replaced end-anchored regexes (issue 21.1) give what the regexes gave,
 * on random text made of the very characters they strip.
 */
import fc from 'fast-check';
import { collapseSpaces, trailingRunStart, trimTrailing } from '../../../src/engine/text/trim';
import { codePointCount } from '../../../src/engine/text/code-points';

const pieces = fc.constantFrom('a', 'ą', 'b', '.', ',', '!', ':', ';', '?', '…', '*', '-', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\uD83D\uDC4D', '\uD800', '\uDC00', '1');
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join(''));

describe('trimTrailing equals the regex it replaced', () => {
  const cases: Array<[chars: string, spaces: boolean, regex: RegExp]> = [
    [',.!:;', true, /[,.!:;\s]+$/u],
    ['.,;:!?…*-', true, /[\s.,;:!?…*-]+$/u],
    ['.-', false, /[.-]+$/],
    ['0123456789', false, /\d+$/],
  ];
  test.each(cases)('%j (white space: %s)', (chars, spaces, regex) => {
    fc.assert(fc.property(text, (s) => {
      expect(trimTrailing(s, chars, spaces)).toBe(s.replace(regex, ''));
      expect(trailingRunStart(s, chars, spaces)).toBe(s.replace(regex, '').length);
    }), { numRuns: 2000 });
  });

  test('a run of the stripped characters followed by a letter is kept whole', () => {
    const s = `a${'.,'.repeat(50_000)}b`;
    expect(trimTrailing(s, ',.!:;', true)).toBe(s);
    expect(trimTrailing(`${s} .,`, ',.!:;', true)).toBe(s);
  });
});

test('collapseSpaces equals replace(/\\s+/g, " ")', () => {
  fc.assert(fc.property(text, (s) => expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '))), { numRuns: 2000 });
});

test('codePointCount equals the length of the spread string', () => {
  fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => expect(codePointCount(s)).toBe([...s].length)), { numRuns: 2000 });
});
