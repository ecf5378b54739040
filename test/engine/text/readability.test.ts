import { parseBody } from '../../../src/engine/parse/body';
import { createMessage } from '../../../src/engine/model';
import { fogPl, readabilityBand } from '../../../src/engine/text/readability';
import { formatMessage } from '../../../src/engine/i18n';

function fog(bodyText: string) {
  return fogPl(parseBody(createMessage({ bodyText })));
}

describe('fogPl', () => {
  test('counted by hand: 7 words, 2 sentences, 1 hard word', () => {
    // "Szanowna Pani," | "informuję(4), że decyzja(3) jest gotowa(3)."
    const r = fog('Szanowna Pani,\ninformuję, że decyzja jest gotowa.');
    expect(r).toMatchObject({ words: 7, sentences: 2, hardWords: 1 });
    // 0.4 × (7/2 + 100 × 1/7) = 0.4 × (3.5 + 14.2857…) = 7.114…
    expect(r.score).toBeCloseTo(7.114, 3);
  });

  test('counted by hand: a bureaucratic sentence', () => {
    // 10 words, 1 sentence; 4+ syllables: informuję (4), postępowania (5), administracyjnego (7),
    // orzeczono (4), zawieszeniu (4) → 5 hard words; uprzejmie (3) and sprawie (2) are not.
    const r = fog('Uprzejmie informuję, że w sprawie postępowania administracyjnego orzeczono o zawieszeniu.');
    expect(r).toMatchObject({ words: 10, sentences: 1, hardWords: 5 });
    // 0.4 × (10/1 + 100 × 5/10) = 0.4 × 60 = 24
    expect(r.score).toBeCloseTo(24, 5);
  });

  test('numbers, e-mail and web addresses are not words; a sentence of numbers only is not a sentence', () => {
    // Words: Proszę, pisać, na, lub, dzwonić, razy = 6; "77 405 22 10." alone has no word.
    const r = fog('Proszę pisać na urzad@gmina.pl lub dzwonić 17 razy.\n77 405 22 10.\nhttps://bip.gmina.pl/wnioski');
    expect(r).toMatchObject({ words: 6, sentences: 1, hardWords: 0 });
  });

  test('only the own text: the quoted thread and the signature do not count', () => {
    const own = 'Szanowna Pani,\ndecyzja jest gotowa.\n\n';
    const quoted = 'Od: Anna Kowalska <anna@wp.pl>\nWysłane: 1 marca 2026\nDo: urzad@gmina.pl\nTemat: Wniosek\n\nUprzejmie proszę o informację dotyczącą postępowania administracyjnego.';
    const r = fog(own + quoted);
    expect(r).toMatchObject({ words: 5, sentences: 2, hardWords: 0 });
  });

  test('an empty body scores 0', () => {
    expect(fog('')).toEqual({ score: 0, words: 0, sentences: 0, hardWords: 0 });
  });
});

describe('readabilityBand', () => {
  test.each([
    [0, 'easy'],
    [6.9, 'easy'],
    [7, 'medium'],
    [9.9, 'medium'],
    [10, 'hard'],
    [12.9, 'hard'],
    [13, 'very-hard'],
    [25, 'very-hard'],
  ])('%d is %s', (score, band) => {
    expect(readabilityBand(score)).toBe(band);
  });

  test.each(['easy', 'medium', 'hard', 'very-hard'])('band %s has a meaning in Polish and English', (band) => {
    for (const lang of ['pl', 'en'] as const) expect(formatMessage(lang, `plain-readability/band-${band}`)).toMatch(/^[A-Z].{20,}\.$/);
  });
});
