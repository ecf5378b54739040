/**
 * Second-person imperatives common in office letters, each with its infinitive, so that
 * "Prześlij skan umowy" can become "Proszę przesłać skan umowy" (002 line 125: avoid the
 * imperative mood). The plural ("prześlijcie") is the singular + "cie" and needs no entry.
 * Data, reviewed like prose: list only forms that are never another word once the Polish
 * letters are dropped (not "odpowiedz", which is "odpowiedź" typed without them; not "umów",
 * which is also "umów" the plural of "umowa").
 */

export type Imperative = { imperative: string; infinitive: string };

export const IMPERATIVES: readonly Imperative[] = [
  { imperative: 'prześlij', infinitive: 'przesłać' },
  { imperative: 'wyślij', infinitive: 'wysłać' },
  { imperative: 'przekaż', infinitive: 'przekazać' },
  { imperative: 'uzupełnij', infinitive: 'uzupełnić' },
  { imperative: 'dostarcz', infinitive: 'dostarczyć' },
  { imperative: 'zgłoś', infinitive: 'zgłosić' },
  { imperative: 'złóż', infinitive: 'złożyć' },
  { imperative: 'wypełnij', infinitive: 'wypełnić' },
  { imperative: 'podpisz', infinitive: 'podpisać' },
  { imperative: 'dołącz', infinitive: 'dołączyć' },
  { imperative: 'załącz', infinitive: 'załączyć' },
  { imperative: 'przyjdź', infinitive: 'przyjść' },
  { imperative: 'zadzwoń', infinitive: 'zadzwonić' },
  { imperative: 'skontaktuj', infinitive: 'skontaktować' },
  { imperative: 'wpłać', infinitive: 'wpłacić' },
  { imperative: 'zapłać', infinitive: 'zapłacić' },
  { imperative: 'pamiętaj', infinitive: 'pamiętać' },
  { imperative: 'przynieś', infinitive: 'przynieść' },
  { imperative: 'odbierz', infinitive: 'odebrać' },
  { imperative: 'przedstaw', infinitive: 'przedstawić' },
  { imperative: 'popraw', infinitive: 'poprawić' },
  { imperative: 'sprawdź', infinitive: 'sprawdzić' },
  { imperative: 'zapoznaj', infinitive: 'zapoznać' },
  { imperative: 'poinformuj', infinitive: 'poinformować' },
  { imperative: 'napisz', infinitive: 'napisać' },
  { imperative: 'potwierdź', infinitive: 'potwierdzić' },
  { imperative: 'podaj', infinitive: 'podać' },
  { imperative: 'wskaż', infinitive: 'wskazać' },
  { imperative: 'zabierz', infinitive: 'zabrać' },
  { imperative: 'weź', infinitive: 'wziąć' },
  { imperative: 'zeskanuj', infinitive: 'zeskanować' },
  { imperative: 'wydrukuj', infinitive: 'wydrukować' },
  { imperative: 'zaloguj', infinitive: 'zalogować' },
  { imperative: 'zarejestruj', infinitive: 'zarejestrować' },
  { imperative: 'kliknij', infinitive: 'kliknąć' },
  { imperative: 'wejdź', infinitive: 'wejść' },
  { imperative: 'pobierz', infinitive: 'pobrać' },
  { imperative: 'zwróć', infinitive: 'zwrócić' },
  { imperative: 'usuń', infinitive: 'usunąć' },
  { imperative: 'zachowaj', infinitive: 'zachować' },
  { imperative: 'poczekaj', infinitive: 'poczekać' },
  { imperative: 'czekaj', infinitive: 'czekać' },
  { imperative: 'zapomnij', infinitive: 'zapomnieć' },
  { imperative: 'zwlekaj', infinitive: 'zwlekać' },
];

/**
 * Imperatives outside the table, recognised by their ending (compared folded, after the plural
 * "-cie" is taken off). Only endings that no ordinary opening word of a letter has, and only
 * long words, so that no noun or adverb is caught ("-aj" is left out: "dzisiaj", "tutaj",
 * "rodzaj"):
 * - "-uj" of verbs in "-ować" ("zweryfikuj", "zaktualizuj", "zarezerwuj"): the infinitive is the
 *   stem + "ować", so the suggestion is safe. At least 8 letters, because the short ones come
 *   from verbs in "-uć" ("poczuj", "zepsuj").
 * - "-nij" ("wyjaśnij", "uzasadnij", "przypomnij", "kliknij"): the infinitive ends in "-nić",
 *   "-nąć" or "-nieć" depending on the verb, so the finding asks for a rewrite without a fix.
 */
export type ImperativeEnding = { ending: string; minLetters: number; infinitiveEnding?: string };

export const IMPERATIVE_ENDINGS: readonly ImperativeEnding[] = [
  { ending: 'uj', minLetters: 8, infinitiveEnding: 'ować' },
  { ending: 'nij', minLetters: 7 },
];

/**
 * Openings that make the whole sentence a polite request (phrase syntax of text/phrases.ts):
 * "Proszę przesłać…", "Uprzejmie prosimy…", even "Proszę, prześlij…" are left alone.
 */
export const POLITE_OPENINGS: readonly string[] = ['proszę|prosimy', 'uprzejmie|bardzo proszę|prosimy'];
