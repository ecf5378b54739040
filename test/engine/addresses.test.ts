import { findAddresses, domainOf } from '../../src/engine/parse/addresses';
import { tokenizeWords } from '../../src/engine/text/tokenize';

describe('findAddresses', () => {
  test.each<[string, string[]]>([
    ['Proszę pisać na jan.kowalski@wp.pl.', ['jan.kowalski@wp.pl']],
    ['Od: Anna <anna_nowak+urzad@poczta.onet.pl>', ['anna_nowak+urzad@poczta.onet.pl']],
    ['sekretariat@gmina.example.pl, kancelaria@starostwo.example.pl', ['sekretariat@gmina.example.pl', 'kancelaria@starostwo.example.pl']],
    ['.x@y.pl — adres z kropką na początku', ['x@y.pl']],
    ['zażółć@gęślą.jaźń.pl', ['zażółć@gęślą.jaźń.pl']],
    ['a@b.c jest za krótki', []],
    ['a@b..pl ma pustą część', []],
    ['@wp.pl bez nazwy', []],
    ['jan@wp.pl.123 kończy się liczbą', ['jan@wp.pl']],
    ['nie ma tu adresu, tylko @ i kropki...', []],
  ])('%s', (text, expected) => {
    const found = findAddresses(text);
    expect(found.map((a) => a.address)).toEqual(expected);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.address);
  });

  test('offsets are shifted by the given offset and limited to [from, to)', () => {
    const text = 'x a@wp.pl y b@wp.pl';
    expect(findAddresses(text, 100, 0, 11)).toEqual([{ address: 'a@wp.pl', start: 102, end: 109 }]);
  });

  test('domainOf lower-cases and drops a final dot', () => {
    expect(domainOf('Jan@WP.PL.')).toBe('wp.pl');
  });
});

describe('tokenizeWords and addresses', () => {
  test('an address is one token; the words around it are words', () => {
    const words = tokenizeWords('Napisz: jan.kowalski@wp.pl albo tel. 77 123');
    expect(words.map((w) => [w.text, w.kind])).toEqual([
      ['Napisz', 'word'],
      ['jan.kowalski@wp.pl', 'email'],
      ['albo', 'word'],
      ['tel', 'word'],
      ['77', 'number'],
      ['123', 'number'],
    ]);
  });
});
