import fc from 'fast-check';
import { splitSentences, tokenizeWords } from '../../../src/engine/text/tokenize';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => s.text);
}

describe('splitSentences: Polish abbreviations do not end a sentence', () => {
  test.each([
    ['ul.', 'Urząd mieści się przy ul. Piastowskiej 15 w Kędzierzynie-Koźlu.'],
    ['al.', 'Punkt obsługi działa przy al. Jana Pawła II 4.'],
    ['np.', 'Proszę dołączyć dokument tożsamości, np. dowód osobisty lub paszport.'],
    ['np. before a capital', 'Wniosek można złożyć w innym urzędzie, np. Urzędzie Miasta w Opolu.'],
    ['tel.', 'W razie pytań proszę dzwonić pod tel. 77 405 22 10 w godzinach pracy urzędu.'],
    ['pok.', 'Dokumenty są do odbioru w pok. 12 na parterze.'],
    ['godz. with 10.30', 'Zapraszam na spotkanie 2 grudnia o godz. 10.30 w sali narad.'],
    ['art. and ust.', 'Zgodnie z art. 35 ust. 1 Kodeksu postępowania administracyjnego sprawę załatwiamy bez zbędnej zwłoki.'],
    ['pkt and nr', 'Na podstawie § 3 pkt 2 zarządzenia nr 20/2023 przekazuję sprawę do wydziału.'],
    ['r. before lower case', 'Decyzja z dnia 12 marca 2026 r. została doręczona 16 marca.'],
    ['a date 12.03.2026', 'Wniosek złożony 12.03.2026 rozpatrzymy do końca miesiąca.'],
    ['an ordinal "3." before lower case', 'Spotkanie odbędzie się 3. dnia po doręczeniu pisma.'],
    ['m.in.', 'Do wniosku należy dołączyć m.in. mapę do celów projektowych.'],
    ['tj.', 'Termin upływa po 14 dniach, tj. 30 listopada.'],
    ['ww.', 'Wobec powyższego ww. decyzja staje się ostateczna.'],
    ['initials', 'Sprawę prowadzi J. Kowalska z Wydziału Komunikacji.'],
    ['titles dr and inż.', 'Opinię przygotował dr inż. Adam Nowak ze Starostwa.'],
    ['Dz. U. and poz.', 'Podstawa prawna: ustawa z dnia 14 czerwca 1960 r. (Dz. U. z 2024 r. poz. 572) o postępowaniu.'],
    ['letters joined by dots: k.p.a.', 'Na podstawie art. 104 § 1 k.p.a. orzekam jak w sentencji.'],
    ['letters joined by dots: u.o.d.o.', 'Zgodnie z art. 6 u.o.d.o. w zw. z art. 13 RODO informuję o przetwarzaniu danych.'],
    ['street patrons: św., gen.', 'Punkt paszportowy przeniesiono z ul. św. Jana 4 na ul. gen. Andersa 12.'],
    ['cz. and rozdz.', 'Zasady opisuje cz. II rozdz. 3 regulaminu.'],
    ['z późn. zm. inside', 'Opłatę pobiera się na podstawie ustawy (z późn. zm.) o opłacie skarbowej.'],
    // Legal citations as offices write them (SPEC § 2.1): none of these ends a sentence by itself.
    ['Dz.U. without spaces, "2022r." glued, "z późn. zm." closing the bracket', 'Na podstawie ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (Dz.U. z 2022r. poz. 902 z późn. zm.) udostępniamy wnioskowane dane.'],
    ['"2018r." glued before a lower-case word', 'Uchwała z 2018r. nadal obowiązuje w całości.'],
    ['"2018r." glued inside a bracket', 'Opłatę ustalono uchwałą (nr XII/45/2018 z 12 maja 2018r.) i pobiera się ją z góry.'],
    ['art. 13 ust. 2 pkt 1', 'Zgodnie z art. 13 ust. 2 pkt 1 RODO informujemy o prawie dostępu do danych.'],
    ['pkt before a number with a dot', 'Wniosek spełnia wymogi z pkt. 3 regulaminu.'],
    ['nr before a capital', 'Sprawę prowadzi Wydział nr. II w budynku przy Rynku.'],
    ['tj. before a number', 'Termin mija w poniedziałek, tj. 3 listopada.'],
    ['Dz. U. Nr … poz. …', 'Rozporządzenie (Dz. U. Nr 112, poz. 1316 z późn. zm.) określa wzór wniosku.'],
    ['t.j. Dz.U.', 'Ustawa o samorządzie gminnym (t.j. Dz.U. z 2024 r. poz. 1465) reguluje tę sprawę.'],
    ['art. and ust. before a capital', 'Na podstawie art. 7 ust. 1 Ustawy o ochronie przyrody wydaje się zezwolenie.'],
  ])('%s', (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe('splitSentences: where sentences end', () => {
  test('a citation\'s 43-word sentence stays one sentence (it passed as short when split at "Dz.U." and "2022r.")', () => {
    const text = 'W odpowiedzi na wniosek z dnia 3 marca 2026 r. o udostępnienie informacji publicznej, na podstawie art. 13 ust. 2 pkt 1 ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (Dz.U. z 2022r. poz. 902 z późn. zm.) informujemy, że wnioskowane dane zostaną udostępnione w terminie dwóch miesięcy od dnia złożenia wniosku. Prosimy o cierpliwość.';
    const result = splitSentences(text, 0, text.length);
    expect(result.map((s) => s.text)).toEqual([text.slice(0, text.indexOf(' Prosimy')), 'Prosimy o cierpliwość.']);
    expect(result[0].words.filter((w) => w.kind === 'word').length).toBeGreaterThan(25);
  });

  test('a glued unit that is no sentence-ending abbreviation still ends one: "5m. Proszę"', () => {
    expect(sentences('Działka ma szerokość 5m. Proszę o mapę.')).toEqual(['Działka ma szerokość 5m.', 'Proszę o mapę.']);
  });

  test('a number ends a sentence before a capital: "nr 12. Proszę"', () => {
    expect(sentences('Przesyłam pismo nr 12. Proszę o kontakt.')).toEqual(['Przesyłam pismo nr 12.', 'Proszę o kontakt.']);
  });

  test('an hour ends a sentence: "o godz. 10.30. Proszę"', () => {
    expect(sentences('Zapraszam 2 grudnia o godz. 10.30. Proszę zabrać dowód osobisty.')).toEqual([
      'Zapraszam 2 grudnia o godz. 10.30.',
      'Proszę zabrać dowód osobisty.',
    ]);
  });

  test('"r." before a capital closes the sentence', () => {
    expect(sentences('Decyzja jest ostateczna od 12 marca 2026 r. Przysługuje skarga do sądu.')).toEqual([
      'Decyzja jest ostateczna od 12 marca 2026 r.',
      'Przysługuje skarga do sądu.',
    ]);
  });

  test('"r." before the title of an act does not: "1997 r. Ordynacja podatkowa"', () => {
    expect(sentences('Na podstawie ustawy z dnia 29 sierpnia 1997 r. Ordynacja podatkowa oraz ustawy z dnia 7 lipca 1994 r. Prawo budowlane wydaję decyzję. Dziękuję.')).toEqual([
      'Na podstawie ustawy z dnia 29 sierpnia 1997 r. Ordynacja podatkowa oraz ustawy z dnia 7 lipca 1994 r. Prawo budowlane wydaję decyzję.',
      'Dziękuję.',
    ]);
  });

  test('"egz." before a capital closes the sentence', () => {
    expect(sentences('Wniosek należy złożyć w 2 egz. Jeden zwrócimy z potwierdzeniem.')).toEqual(['Wniosek należy złożyć w 2 egz.', 'Jeden zwrócimy z potwierdzeniem.']);
  });

  test('"zł." and "itd." before a capital close the sentence', () => {
    expect(sentences('Opłata wynosi 17 zł. Wpłać ją przelewem. Dołącz zdjęcie, kopię umowy itd. Dziękuję.')).toEqual([
      'Opłata wynosi 17 zł.',
      'Wpłać ją przelewem.',
      'Dołącz zdjęcie, kopię umowy itd.',
      'Dziękuję.',
    ]);
  });

  test('"ul." before a capital does not: the street name follows', () => {
    expect(sentences('Zapraszam do urzędu przy ul. Piastowskiej 15. Pokój 12 jest na parterze.')).toEqual([
      'Zapraszam do urzędu przy ul. Piastowskiej 15.',
      'Pokój 12 jest na parterze.',
    ]);
  });

  test('a company name "sp. z o.o." may close a sentence', () => {
    expect(sentences('Wykonawcą jest Budex sp. z o.o. Umowę podpisano wczoraj.')).toEqual(['Wykonawcą jest Budex sp. z o.o.', 'Umowę podpisano wczoraj.']);
  });

  test('an e-mail or web address at the end of a sentence', () => {
    expect(sentences('Proszę pisać na adres urzad@gmina.pl. Odpowiemy w ciągu 7 dni. Formularz jest na www.gmina.pl. Dziękuję.')).toEqual([
      'Proszę pisać na adres urzad@gmina.pl.',
      'Odpowiemy w ciągu 7 dni.',
      'Formularz jest na www.gmina.pl.',
      'Dziękuję.',
    ]);
  });

  test('question and exclamation marks, an ellipsis', () => {
    expect(sentences('Czy wniosek jest kompletny? Tak! Brakuje tylko podpisu… Proszę go uzupełnić.')).toEqual([
      'Czy wniosek jest kompletny?',
      'Tak!',
      'Brakuje tylko podpisu…',
      'Proszę go uzupełnić.',
    ]);
  });

  test('a closing quote or bracket stays with its sentence', () => {
    expect(sentences('Wpisz w tytule „opłata skarbowa.” Potem wyślij przelew (bez spacji.) Dziękuję.')).toEqual([
      'Wpisz w tytule „opłata skarbowa.”',
      'Potem wyślij przelew (bez spacji.)',
      'Dziękuję.',
    ]);
  });

  test('greeting and closing lines are sentences of their own', () => {
    expect(sentences('Szanowna Pani,\ninformuję, że decyzja jest gotowa.\nZ poważaniem')).toEqual([
      'Szanowna Pani,',
      'informuję, że decyzja jest gotowa.',
      'Z poważaniem',
    ]);
  });

  test('numbered list items keep their number: "1. Wniosek"', () => {
    expect(sentences('Proszę dostarczyć:\n1. Wniosek o wydanie prawa jazdy.\n2. Aktualne zdjęcie.\n10. Dowód opłaty.')).toEqual([
      'Proszę dostarczyć:',
      '1. Wniosek o wydanie prawa jazdy.',
      '2. Aktualne zdjęcie.',
      '10. Dowód opłaty.',
    ]);
  });

  test('Roman numerals and letters as list markers', () => {
    expect(sentences('I. Uzasadnienie decyzji jest poniżej.\nII. Pouczenie o odwołaniu jest na końcu.\na. Wniosek.\nb. Zdjęcie.')).toEqual([
      'I. Uzasadnienie decyzji jest poniżej.',
      'II. Pouczenie o odwołaniu jest na końcu.',
      'a. Wniosek.',
      'b. Zdjęcie.',
    ]);
  });

  test('a hard-wrapped line without punctuation continues the sentence', () => {
    expect(sentences('Uprzejmie informuję, że wniosek o wydanie prawa jazdy kategorii B\nzostał przekazany do Polskiej Wytwórni Papierów Wartościowych.')).toEqual([
      'Uprzejmie informuję, że wniosek o wydanie prawa jazdy kategorii B\nzostał przekazany do Polskiej Wytwórni Papierów Wartościowych.',
    ]);
  });

  test('offsets are absolute when splitting a range of a longer text', () => {
    const text = 'Od: x\n\nZapraszam do pok. 12. Dziękuję.';
    const from = text.indexOf('Zapraszam');
    const result = splitSentences(text, from, text.length);
    expect(result.map((s) => text.slice(s.start, s.end))).toEqual(['Zapraszam do pok. 12.', 'Dziękuję.']);
    expect(result[0].words.map((w) => w.text)).toEqual(['Zapraszam', 'do', 'pok', '12']);
    expect(result[0].words[3].start).toBe(text.indexOf('12'));
  });

  // Time on hostile input is measured by test/fuzz/linear-time.test.ts (a ratio to a baseline).
  test('splits a 1 MB body full of dots up to its last character', () => {
    const text = 'a. '.repeat(350_000) + 'x'.repeat(10) + '.'.repeat(10_000);
    const sentences = splitSentences(text, 0, text.length);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences[sentences.length - 1].end).toBe(text.length);
  }, 20_000);
});

describe('splitSentences: the words of each sentence come from one tokenization of the text', () => {
  const piece = fc.constantFrom('Szanowna Pani,', 'art. 13 ust. 2', 'np.', 'k.p.a.', 'jan@gmina.pl.', 'www.gmina.pl/a.b?c=1.', 'http://x.pl/a).', '12.03.2026 r.', 'nr 12.', 'Dz.U.', '2022r.', '„cytat”.', '(z późn. zm.)', '?', '!', '…', '.', ' ', '\n', '\n\n', 'ą', 'A.', '1.', 'II.', 'tel.123jan@x.pl', '-');
  test('are the words a tokenization of the sentence alone finds, at the same offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(' ')), (text) => {
        for (const s of splitSentences(text, 0, text.length)) expect(s.words).toEqual(tokenizeWords(s.text, s.start));
      }),
      { numRuns: 3000 },
    );
  });
});
