import fc from 'fast-check';
import { Lines, type Line } from '../../src/engine/parse/lines';
import { hostileText } from '../fuzz/hostile';

/** What the lines must be: the range split at "\n", each with its absolute offsets. */
function reference(text: string, start: number, end: number): Line[] {
  let at = start;
  return text.slice(start, end).split('\n').map((t) => {
    const line = { start: at, end: at + t.length, text: t };
    at += t.length + 1;
    return line;
  });
}

describe('Lines', () => {
  test.each<[string, string, number, number, Line[]]>([
    ['an empty text is one empty line', '', 0, 0, [{ start: 0, end: 0, text: '' }]],
    ['one line', 'Dzień dobry', 0, 11, [{ start: 0, end: 11, text: 'Dzień dobry' }]],
    ['a trailing break ends with an empty line', 'a\n', 0, 2, [{ start: 0, end: 1, text: 'a' }, { start: 2, end: 2, text: '' }]],
    ['a break right at the end of the range is not counted', 'a\nb', 0, 1, [{ start: 0, end: 1, text: 'a' }]],
    ['a range inside the text keeps absolute offsets', 'xx\nab\n\ncd\nyy', 3, 10, [{ start: 3, end: 5, text: 'ab' }, { start: 6, end: 6, text: '' }, { start: 7, end: 9, text: 'cd' }, { start: 10, end: 10, text: '' }]],
  ])('%s', (_name, text, start, end, expected) => {
    const lines = Lines.of(text, start, end);
    expect([...lines]).toEqual(expected);
    expect(lines.length).toBe(expected.length);
  });

  test.each<[string, number, number, boolean[]]>([
    ['a\n \n\t\u00a0\n\nb', 0, 0, [false, true, true, true, false]],
    ['\u3000\nx y\n', 0, 0, [true, false, true]],
  ])('isBlank says what trim() says: %j', (text, _s, _e, blank) => {
    const lines = Lines.of(text);
    expect(blank.map((_, i) => lines.isBlank(i))).toEqual(blank);
    expect(lines.firstNonBlank()).toBe(blank.indexOf(false));
    expect(lines.lastNonBlank()).toBe(blank.lastIndexOf(false));
  });

  test('findNonBlank hands only non-blank lines to the test, from the top', () => {
    const lines = Lines.of('\n  \nSzanowny Panie,\n\nw odpowiedzi\n');
    const seen: string[] = [];
    expect(lines.findNonBlank((l) => (seen.push(l.text), l.text.startsWith('w')))).toEqual({ start: 21, end: 33, text: 'w odpowiedzi' });
    expect(seen).toEqual(['Szanowny Panie,', 'w odpowiedzi']);
    expect(lines.findNonBlank(() => false)).toBeUndefined();
  });

  test('endingBefore keeps the first lines and ends with an empty line where the next one starts', () => {
    const lines = Lines.of('Z poważaniem\n\nJan Nowak\nInspektor');
    expect([...lines.endingBefore(2)]).toEqual([{ start: 0, end: 12, text: 'Z poważaniem' }, { start: 13, end: 13, text: '' }, { start: 14, end: 14, text: '' }]);
    expect(lines.length).toBe(4); // the original is untouched
  });

  test('on any text and range, the lines are the range split at "\\n" with absolute offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, fc.constantFrom('\n', '\n\n', '\r\n', ' ', '')), { maxLength: 12 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const lines = Lines.of(text, start, end);
        const expected = reference(text, start, end);
        expect([...lines]).toEqual(expected);
        expected.forEach((l, i) => {
          expect(lines.isBlank(i)).toBe(l.text.trim() === '');
          expect([lines.start(i), lines.end(i), lines.text(i)]).toEqual([l.start, l.end, l.text]);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
