/**
 * Policy patterns (src/engine/patterns): which patterns are accepted, what they match (the same
 * as JavaScript's `exec`, compared on random patterns and texts), and the inputs that freeze a
 * backtracking engine (their speed is measured in `npm run bench`, never timed here).
 */
import fc from 'fast-check';
import { compilePolicyPattern, compilePolicyPatterns, PATTERN_OPTIONS, type PolicyPattern } from '../../src/engine/patterns';
import { allRules } from '../../src/engine/rules';
import { DEFAULT_CASE_REFERENCE } from '../../src/engine/rules/case-reference-missing';

function accepted(source: string): PolicyPattern {
  const r = compilePolicyPattern(source);
  if (!r.ok) throw new Error(`${source} refused: ${r.problem.id}`);
  return r.pattern;
}

function nativeFindAll(source: string, text: string): Array<[number, number]> {
  return [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index as number, (m.index as number) + m[0].length]);
}

describe('accepted patterns match what JavaScript matches', () => {
  test.each([
    ['\\d{4}/UM/\\d+', 'Sprawa nr 2026/UM/145 i 2025/UM/7', [[10, 21], [24, 33]]],
    ['[uzupełnij: [^\\]]*\\]'.replace('[uzupełnij', '\\[uzupełnij'), 'Pokój [uzupełnij: numer], tel. [uzupełnij: telefon]', [[6, 24], [31, 51]]],
    ['X{3,}', 'kwota XXXX zł, XX', [[6, 10]]],
    ['_{3,}', 'dnia ____ r.', [[5, 9]]],
    ['\\bznak\\b', 'znak, znaki, (znak)', [[0, 4], [14, 18]]],
    ['^RE:', 'RE: RE:', [[0, 3]]],
    ['a|ab', 'ab', [[0, 1]]],
    ['a+?b', 'aaab', [[0, 4]]],
    ['(?:ab)+', 'abababa', [[0, 6]]],
    ['ł+', 'łłł Ł', [[0, 3]]],
    ['😀.', 'a😀b😀😀', [[1, 4], [4, 8]]],
    ['\\uD83D\\uDE00', 'x😀', [[1, 3]]],
    ['[^\\s]+@', 'to: jan@x', [[4, 8]]],
    ['.+', 'ab\ncd', [[0, 2], [3, 5]]],
    ['k$', 'kk', [[1, 2]]],
  ])('%s on %j', (source, text, expected) => {
    const p = accepted(source);
    expect(p.findAll(text).map((s) => [s.start, s.end])).toEqual(expected);
    expect(nativeFindAll(source, text)).toEqual(expected);
    expect(p.test(text)).toBe(expected.length > 0);
  });

  test('the default JRWA reference is accepted and finds references only', () => {
    const p = accepted(DEFAULT_CASE_REFERENCE);
    expect(['KT.5430.112.2026', 'OR.1234.5.2026', 'WOŚ-II.6341.5.2026', 'ŚR.6220.1.2.2025'].every((s) => p.test(s))).toBe(true);
    expect(['12.11.2026', 'KT.54.1.2026', 'KT.5430.2026', 'kt.5430.112.2026'].some((s) => p.test(s))).toBe(false);
  });

  test('find starts where asked', () => {
    expect(accepted('ab').find('ab ab', 1)).toEqual({ start: 3, end: 5 });
    expect(accepted('ab').find('ab ab', 4)).toBeNull();
  });
});

describe('refused patterns, each with its problem id', () => {
  test.each([
    [5, 'policy.pattern.notText'],
    [null, 'policy.pattern.notText'],
    ['', 'policy.pattern.empty'],
    ['a'.repeat(301), 'policy.pattern.tooLong'],
    ['[A-Z', 'policy.pattern.syntax'],
    ['(a', 'policy.pattern.syntax'],
    ['(a)\\1', 'policy.pattern.backreference'],
    ['(?<n>a)\\k<n>', 'policy.pattern.namedGroup'],
    ['a(?=b)', 'policy.pattern.lookaround'],
    ['a(?!b)', 'policy.pattern.lookaround'],
    ['(?<=a)b', 'policy.pattern.lookaround'],
    ['(?<!a)b', 'policy.pattern.lookaround'],
    ['\\p{Lu}+', 'policy.pattern.property'],
    ['[\\p{L}]', 'policy.pattern.property'],
    ['(a*)*b', 'policy.pattern.emptyLoop'],
    ['(a?)+b', 'policy.pattern.emptyLoop'],
    ['(|a){2,3}b', 'policy.pattern.emptyLoop'],
    ['(\\b)+a', 'policy.pattern.emptyLoop'],
    ['a(?:(?: )*?)?', 'policy.pattern.emptyLoop'],
    ['a*', 'policy.pattern.matchesEmpty'],
    ['^', 'policy.pattern.matchesEmpty'],
    ['a|', 'policy.pattern.matchesEmpty'],
    ['a{1000}', 'policy.pattern.tooComplex'],
    ['((a{20}){20}){20}', 'policy.pattern.tooComplex'],
  ])('%p', (source, id) => {
    const r = compilePolicyPattern(source);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.id).toBe(id);
  });

  test('a refusal says where in the pattern', () => {
    const r = compilePolicyPattern('KT\\.(?=\\d)');
    expect(r).toEqual({ ok: false, problem: { id: 'policy.pattern.lookaround', data: { at: 5, fragment: '(?=\\d)' } } });
  });

  test('the issue’s pattern is accepted and its hostile subject answers at once', () => {
    // `(\w+\s?)+$` kept the send check busy for 67 s on 29 letters and "!"; here every
    // character costs at most one step per instruction.
    const p = accepted('(\\w+\\s?)+$');
    expect(p.test(`${'a'.repeat(29)}!`)).toBe(false);
    expect(p.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(p.test('abc def')).toBe(true);
  });
});

describe('differential: random patterns and texts against RegExp.prototype.exec', () => {
  const atom = fc.constantFrom('a', 'b', ' ', '\\.', '.', '[ab]', '[^a]', '\\w', '\\s', '\\d', '1', 'ą', '[a-ą]');
  const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, tie('seq'), tie('alt'), tie('group'), tie('rep'), tie('anchor')),
    seq: fc.array(tie('node') as fc.Arbitrary<string>, { minLength: 2, maxLength: 3 }).map((xs) => xs.join('')),
    alt: fc.array(tie('node') as fc.Arbitrary<string>, { minLength: 2, maxLength: 3 }).map((xs) => `(?:${xs.join('|')})`),
    group: (tie('node') as fc.Arbitrary<string>).map((x) => `(${x})`),
    rep: fc.tuple(tie('node') as fc.Arbitrary<string>, fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{2,}', '*?', '+?', '??', '{1,2}?')).map(([x, q]) => `(?:${x})${q}`),
    anchor: fc.constantFrom('^', '$', '\\b', '\\B'),
  })).node as fc.Arbitrary<string>;
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '.', '1', 'ą', '\n', '😀'), { maxLength: 14 }).map((xs) => xs.join(''));

  test('same matches (start and end) at every position', () => {
    let compared = 0;
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 4 }), (source, texts) => {
        const r = compilePolicyPattern(source);
        if (!r.ok) return; // refused patterns are covered by the table above
        compared++;
        for (const t of texts) {
          expect(r.pattern.findAll(t).map((s) => [s.start, s.end])).toEqual(nativeFindAll(source, t));
          expect(r.pattern.test(t)).toBe(new RegExp(source, 'u').test(t));
        }
      }),
      { numRuns: 3000 },
    );
    // Most random patterns are accepted: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(1500);
  });
});

describe('PATTERN_OPTIONS names every option that holds a policy pattern', () => {
  test('each rule option called pattern/patterns is listed with its shape, and each listed one exists', () => {
    for (const rule of allRules) {
      for (const [key, value] of Object.entries(rule.meta.defaultOptions as Record<string, unknown>)) {
        if (!/pattern/i.test(key)) continue;
        expect([rule.id, PATTERN_OPTIONS[rule.id]]).toEqual([rule.id, { option: key, shape: Array.isArray(value) ? 'list' : 'one' }]);
      }
    }
    for (const [ruleId, { option }] of Object.entries(PATTERN_OPTIONS)) {
      const rule = allRules.find((r) => r.id === ruleId);
      // placeholder-left is listed before it lands, so that policies are checked from the start.
      if (rule) expect(Object.keys(rule.meta.defaultOptions as object)).toContain(option);
    }
  });
});

describe('compilePolicyPatterns (list options such as placeholder-left’s patterns)', () => {
  test('keeps the patterns that compile, in order, and finds their matches', () => {
    const patterns = compilePolicyPatterns(['\\[\\[[^\\]]{1,80}\\]\\]', '(x)\\1', 5, '_{3,}']);
    expect(patterns.map((p) => p.source)).toEqual(['\\[\\[[^\\]]{1,80}\\]\\]', '_{3,}']);
    expect(patterns.flatMap((p) => p.findAll('Pokój [[numer]], dnia ____ r.'))).toEqual([{ start: 6, end: 15 }, { start: 22, end: 26 }]);
  });

  test.each([[undefined], ['XXX'], [{}], [null]])('%p is no list: no patterns', (value) => {
    expect(compilePolicyPatterns(value)).toEqual([]);
  });
});
