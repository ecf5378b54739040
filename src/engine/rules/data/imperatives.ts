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
 * - "-uj" after the stems of verbs that only "-ować" makes ("zweryfikuj", "zaktualizuj",
 *   "zarejestruj", "skontaktuj", "zaakceptuj"): the infinitive is the stem + "ować", so the
 *   suggestion is safe. Any other "-uj" may come from a verb in "-ywać"/"-iwać" ("przekazuj" is
 *   "przekazywać", "podpisuj" "podpisywać", "wykorzystuj" "wykorzystywać", "oczekuj"
 *   "oczekiwać"): 8 letters at least (short ones come from "-uć": "poczuj", "zepsuj"), and the
 *   finding asks for a rewrite without a fix.
 * - "-nij" ("wyjaśnij", "uzasadnij", "przypomnij", "kliknij"): the infinitive ends in "-nić",
 *   "-nąć" or "-nieć" depending on the verb, so the finding asks for a rewrite without a fix.
 * The first ending that fits decides.
 */
export type ImperativeEnding = { ending: string; minLetters: number; infinitiveEnding?: string };

export const IMPERATIVE_ENDINGS: readonly ImperativeEnding[] = [
  ...['fikuj', 'likuj', 'izuj', 'yzuj', 'ruj', 'ntuj', 'ktuj', 'ptuj', 'gnuj', 'piuj'].map((ending) => ({ ending, minLetters: 6, infinitiveEnding: `${ending.slice(0, -2)}ować` })),
  { ending: 'uj', minLetters: 8 },
  { ending: 'nij', minLetters: 7 },
];

/**
 * Openings that make the whole sentence a polite request (phrase syntax of text/phrases.ts):
 * "Proszę przesłać…", "Uprzejmie prosimy…", even "Proszę, prześlij…" are left alone.
 */
export const POLITE_OPENINGS: readonly string[] = ['proszę|prosimy', 'uprzejmie|bardzo proszę|prosimy'];
