import fc from 'fast-check';
import { damerauDistance, isOneEditApart } from '../../src/engine/text/edit-distance';

describe('damerauDistance', () => {
  test.each([
    ['gmail.com', 'gmail.com', 0],
    ['gmial.com', 'gmail.com', 1], // swap of neighbours
    ['wp.p', 'wp.pl', 1], // deletion
    ['onet.pll', 'onet.pl', 1], // insertion
    ['starostwo-nowogrod.pl', 'starostwo.nowogrod.pl', 1], // substitution
    ['o2.pl', 'op.pl', 1],
    ['wp.pl', 'o2.pl', 2],
    ['interia.pl', 'interia.eu', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // restricted Damerau: no edit of a swapped pair
  ])('%s -> %s is %i', (a, b, d) => {
    expect(damerauDistance(a, b)).toBe(d);
    expect(damerauDistance(b, a)).toBe(d);
  });

  test('stops early above max and says max + 1', () => {
    expect(damerauDistance('urzad.gmina.pl', 'yahoo.com', 2)).toBe(3);
    expect(damerauDistance('a', 'abcdef', 1)).toBe(2);
    expect(damerauDistance('gmial.com', 'gmail.com', 1)).toBe(1);
  });
});

describe('isOneEditApart', () => {
  test.each([
    ['gmial.com', 'gmail.com', true],
    ['gmail.co', 'gmail.com', true],
    ['gmaill.com', 'gmail.com', true],
    ['gnail.com', 'gmail.com', true],
    ['aa', 'aaa', true],
    ['gmail.com', 'gmail.com', false],
    ['gmx.com', 'gmail.com', false],
    ['mgial.com', 'gmail.com', false], // two swaps
    ['wp.pl', 'o2.pl', false],
    ['powiat-kk.pl', 'powiat.kk.pl.', false],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
    expect(isOneEditApart(b, a)).toBe(expected);
  });

  test('agrees with the full distance on random short strings', () => {
    const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), maxLength: 7 });
    fc.assert(
      fc.property(short, short, (a, b) => isOneEditApart(a, b) === (damerauDistance(a, b) === 1)),
      { numRuns: 3000 },
    );
  });
});
