import { compilePhrases, foldWord, foldedSentenceWords } from '../../src/engine/text/phrases';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(foldWord);

describe('foldWord', () => {
  test('lower-cases and drops Polish diacritics', () => {
    expect(foldWord('ŻÓŁĆ')).toBe('zolc');
    expect(foldWord('Proszę')).toBe('prosze');
    expect(foldWord('Uspokoić')).toBe('uspokoic');
  });
});

describe('foldedSentenceWords', () => {
  test.each([
    ['Szanowny Panie,\nPROSZĘ SIĘ NIE DENERWOWAĆ. Żółć O’Briena.', 'obriena'],
    ['İstanbul: a letter whose lower case is longer. Źle Pan zrozumiał.', 'zle'],
  ])('agrees with folding word by word: %s', (bodyText, word) => {
    const body = parseBody(createMessage({ bodyText }));
    const expected = body.sentences.map((s) => s.words.map((w) => foldWord(w.text)));
    expect(foldedSentenceWords(body.sentences, body.text)).toEqual(expected);
    expect(expected.flat()).toContain(word);
  });
});

describe('compilePhrases', () => {
  const m = compilePhrases(
    [
      { phrase: 'nie ma {you} ~ racji', value: 'wrong' },
      { phrase: 'uspokoi* sie', value: 'calm' },
      { phrase: 'to ~1 wina', value: 'short' },
      { phrase: 'to nie moja wina', value: 'long' },
    ],
    { you: 'pan|pani' },
  );

  test.each([
    ['nie ma Pan racji', 'wrong', 0, 3],
    ['Ależ nie ma Pani w tej sprawie racji', null, 0, 0], // gap of three words is too long
    ['nie ma Pani tutaj racji', 'wrong', 0, 4],
    ['uspokoił się wreszcie', 'calm', 0, 1],
    ['to nie moja wina', 'long', 0, 3], // the longest phrase wins at one start; a gap never skips "nie"
    ['to jego wina', 'short', 0, 2],
  ])('%s', (text, value, first, last) => {
    const found = m.find(words(text));
    if (value === null) expect(found).toEqual([]);
    else expect(found).toEqual([{ value, first, last }]);
  });

  test('finds every non-overlapping match, left to right', () => {
    expect(m.find(words('nie ma Pan racji i to nie moja wina')).map((x) => x.value)).toEqual(['wrong', 'long']);
  });

  test('rejects a phrase with an unknown slot, a short prefix or a gap at an end', () => {
    expect(() => compilePhrases([{ phrase: '{nobody} racji', value: 1 }])).toThrow(/unknown slot/);
    expect(() => compilePhrases([{ phrase: 'ab* racji', value: 1 }])).toThrow(/prefix/);
    expect(() => compilePhrases([{ phrase: 'racji ~', value: 1 }])).toThrow(/start and end/);
  });

  test('finds the one phrase at the end of a long text of candidate words', () => {
    const long = new Array(200_000).fill('nie').concat(['ma', 'pan', 'racji']);
    expect(m.find(long)).toEqual([{ value: 'wrong', first: 199_999, last: 200_002 }]);
  });
});
