import type { Messages } from '../types';

/**
 * Problems of a policy file, in Polish: `policy validate`, the pane's notice, the preview. Each
 * follows the JSON path of the bad field (`$.rules["case-reference-missing"][1].pattern: …`).
 */
export const policy: Messages = {
  'policy.pattern.notText': 'wzorzec musi być tekstem (wyrażeniem regularnym w cudzysłowie)',
  'policy.pattern.notList': 'musi być listą wzorców (tekstów)',
  'policy.pattern.empty': 'wzorzec jest pusty',
  'policy.pattern.tooLong': 'wzorzec może mieć najwyżej {max} znaków',
  'policy.pattern.syntax': 'to nie jest poprawne wyrażenie regularne JavaScript ({reason})',
  'policy.pattern.backreference':
    'odwołanie wstecz (\\1, \\k<…>) w znaku {at} („{fragment}”) nie jest dozwolone: wzorce polityki sprawdza silnik liniowy, który nie ma odwołań wstecz',
  'policy.pattern.lookaround':
    'warunek wyprzedzający lub wsteczny ((?=…), (?!…), (?<=…), (?<!…)) w znaku {at} („{fragment}”) nie jest dozwolony: wzorce polityki sprawdza silnik liniowy',
  'policy.pattern.namedGroup': 'grupa nazwana (?<nazwa>…) w znaku {at} nie jest dozwolona; użyj zwykłego nawiasu (…)',
  'policy.pattern.groupFlags': 'flagi w grupie (?…:) w znaku {at} („{fragment}”) nie są dozwolone; dozwolone są (…) i (?:…)',
  'policy.pattern.property': 'klasa \\p{…} w znaku {at} nie jest dozwolona (starsze wersje Outlooka jej nie znają); wypisz litery, np. [A-ZĄĆĘŁŃÓŚŹŻ]',
  'policy.pattern.emptyLoop':
    'część powtarzana lub opcjonalna w znaku {at} („{fragment}”) może nie dopasować żadnego znaku; przepisz ją tak, by zawsze brała co najmniej jeden znak',
  'policy.pattern.matchesEmpty': 'wzorzec pasuje do pustego tekstu, więc znalazłby się w każdej wiadomości',
  'policy.pattern.tooComplex': 'wzorzec jest zbyt złożony (po rozwinięciu powtórzeń {n,m} ponad {max} kroków na znak); skróć powtórzenia',
};
