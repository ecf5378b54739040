/**
 * Words for fee-details (000 § 8 ust. 2 pkt 6: inform about fees, how and where to pay).
 * Phrase syntax: src/engine/text/phrases.ts; written without Polish diacritics, matched folded.
 */

/** A sentence with one of these asks the citizen to pay (or says what the fee is). */
export const PAYMENT_WORDS: readonly string[] = [
  // Not "oplat*": "spotkanie opłatkowe" (the Christmas wafer) is no fee.
  'oplata|oplaty|oplate|oplacie|oplat|oplatach|oplatami|oplatom',
  'oplaci*',
  'oplacen*',
  'uisci*',
  'uiszcz*',
  'wplaci*',
  'wplac|wplacac|wplacenia|wplaceniu',
  'wplat*',
  'zaplaci*',
  'zaplat*',
  'naleznos*',
  'platn|platne|platna|platny|platnosc|platnosci',
];

/**
 * A sentence with one of these mentions a fee without asking for one: no fee is due, it was
 * already paid, or it is being refunded.
 */
export const NOT_A_REQUEST: readonly string[] = [
  'bez oplat*|oplaty',
  'bezplatn*',
  'nieodplatn*',
  'zwolnion* ~ z|od oplat*|oplaty',
  'zwolnienie|zwolnienia z|od oplat*|oplaty',
  'wolne|wolny|wolna od oplat*|oplaty',
  'nie podlega|podlegaja ~ oplat*|oplacie',
  'nie pobiera ~ sie ~ oplat*|oplaty',
  'nie pobieramy ~ oplat*|oplaty',
  'nie jest|sa pobierana|pobierane|wymagana|wymagane',
  'nie ma|maja ~1 obowiazku ~ placeni*|zaplat*|uiszcz*|wniesieni*|wnoszeni*|oplac*',
  'nie musi|musza|trzeba ~ placic|zaplacic|wplacac|wplacic|uiszczac|uiscic|ponosic',
  'nie ponosi|ponosza ~ oplat|oplaty|kosztow',
  'dziekuj* ~ za ~ wplat*|zaplat*|oplacenie|uiszczenie',
  'otrzymal*|otrzymalismy|zaksiegowal*|zaksiegowana|zaksiegowano|odnotowal*|potwierdzam*|potwierdzaj* ~ wplat*|zaplat*|oplat*|oplacenie|uiszczenie',
  'wplata|oplata ~ wplynela|zostala|zaksiegowana|zaksiegowano',
  'zwrot* ~ oplat*|oplaty|naleznos*|wplat*|wplacon*',
  'oplata ~1 zostanie|zostala zwrocona',
];

/** The unit after (or before) a number that makes it an amount of money. */
export const CURRENCY_WORDS: readonly string[] = ['zł', 'zl', 'pln', 'złotych', 'złote', 'złoty', 'zlotych', 'zlote', 'zloty', 'gr', 'groszy', 'grosze'];

/** How or where to pay. */
export const PAYMENT_METHODS: readonly string[] = [
  'przelew*',
  'kasa|kasie|kasy|kasach',
  'na|w|nr|numer rachun*',
  'rachun* bankow*|urzedu|starostwa|gminy|miasta|powiatu|budzetow*',
  'na konto',
  'nr|numer konta',
  'konto|konta|koncie bankow*|urzedu|starostwa|gminy|miasta|powiatu',
  'blik*',
  'terminal*',
  // Not "karta" alone: "karta pojazdu" is a vehicle document, not a way to pay.
  'karta|karte|karty platnicz*',
  'zaplaci*|placi*|oplaci* ~ karta',
  'gotowk*',
  'e-platnos*|eplatnos*',
  'platnosc|platnosci online|internetow*',
  'pay ~1 link',
  'bankomat*',
  'poczt* polsk*',
  'placowce|placowka pocztow*|banku',
];
