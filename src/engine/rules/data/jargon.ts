/**
 * Office jargon and the plain word to write instead (002 line 125: avoid terms citizens may not
 * understand; 000 § 8 ust. 2 pkt 3: language the citizen understands). Vale-style swaps: data,
 * reviewed like prose.
 *
 * `from` is matched case- and diacritic-insensitively on whole words (phrase syntax of
 * src/engine/text/phrases.ts; a trailing dot, as in `ww.`, must be in the text too). The longest
 * entry wins where several start at one word, so a longer, inflected entry may refine a shorter one
 * (`uiścić opłatę skarbową` keeps the kind of fee that `uiścić opłatę` would drop).
 * `to` replaces exactly the matched words; leave it out where no swap is safe in every sentence
 * (gender, case or meaning depend on the context): the finding then only explains, with `note`.
 */

export type JargonNote = { pl: string; en: string };
export type JargonEntry = { from: string; to?: string; note: JargonNote };

/** Reasons shared by many entries. */
const WORDY: JargonNote = { pl: 'urzędowy zwrot, który mówi to samo dłużej', en: 'an officialese phrase that says the same at greater length' };
const EMPTY: JargonNote = { pl: 'zbędny urzędowy wstęp – sam czasownik wystarczy', en: 'an empty official opener: the verb alone says it' };
const NOMINAL: JargonNote = {
  pl: 'rzeczownik z „dokonać” zamiast czasownika – czasownik jest krótszy i jaśniejszy',
  en: 'a noun with “dokonać” (to effect) instead of the verb: the verb is shorter and clearer',
};
const OLD: JargonNote = { pl: 'słowo książkowe lub przestarzałe', en: 'a bookish or old-fashioned word' };
const OFFICE: JargonNote = {
  pl: 'urzędnicze określenie – klient nie musi wiedzieć, co to „organ”',
  en: 'office jargon: the citizen need not know what an “organ” (authority) is',
};
const SUBJECT: JargonNote = {
  pl: '„przedmiotowy” to żargon – napisz, o którą sprawę, decyzję lub wniosek chodzi (np. „ta sprawa”, „Pana wniosek z 3 marca”)',
  en: '“przedmiotowy” (the said) is jargon: name the matter, decision or application (e.g. “ta sprawa”, “Pana wniosek z 3 marca”)',
};
const ABOVE: JargonNote = {
  pl: 'skrót lub odesłanie „do góry” – nazwij rzecz wprost (np. „ta decyzja”, „wymieniony dokument”)',
  en: 'an abbreviation or a pointer “above”: name the thing (e.g. “ta decyzja”, “wymieniony dokument”)',
};
const FEE: JargonNote = { pl: '„uiścić” to słowo urzędowe – wystarczy „zapłacić”', en: '“uiścić” is an official word for “zapłacić” (to pay)' };
const THEREFORE: JargonNote = { pl: 'rozwlekłe nawiązanie – wystarczy „dlatego”', en: 'a long-winded link: “dlatego” (therefore) says it' };
const NOW: JargonNote = { pl: 'rozwlekłe określenie czasu', en: 'a long-winded phrase for a time' };
const PURPOSE: JargonNote = { pl: '„celem” / „w celu” z rzeczownikiem – prościej „aby” z czasownikiem', en: '“celem” / “w celu” with a noun: “aby” (to) with the verb is simpler' };

const CLIENT: JargonNote = { pl: '„petent” brzmi urzędowo i z góry – standard mówi o kliencie', en: '“petent” sounds official and condescending: the standard speaks of the client' };
const HAVE: JargonNote = { pl: '„posiadać” to urzędowe „mieć”', en: '“posiadać” (to possess) is officialese for “mieć” (to have)' };
const NOT_HEARD: JargonNote = { pl: '„pozostawić bez rozpoznania” znaczy, że urząd nie zajmie się sprawą', en: '“pozostawić bez rozpoznania” means the office will not deal with the matter' };

export const JARGON: readonly JargonEntry[] = [
  // Paying.
  { from: 'uiścić opłatę', to: 'zapłacić', note: FEE },
  { from: 'uiścić opłatę skarbową', to: 'zapłacić opłatę skarbową', note: FEE },
  { from: 'uiścić opłatę w wysokości', to: 'zapłacić', note: FEE },
  { from: 'uiścić', to: 'zapłacić', note: FEE },
  { from: 'uiszczenie opłaty', to: 'zapłata', note: FEE },
  { from: 'uiszczenia opłaty', to: 'zapłaty', note: FEE },
  { from: 'uiszczenie', to: 'zapłata', note: FEE },
  { from: 'uiszczenia', to: 'zapłaty', note: FEE },
  { from: 'uiszczona', to: 'zapłacona', note: FEE },
  { from: 'uiszczono', to: 'zapłacono', note: FEE },
  { from: 'uiścił', to: 'zapłacił', note: FEE },
  { from: 'uiściła', to: 'zapłaciła', note: FEE },
  { from: 'dokonać zapłaty', to: 'zapłacić', note: NOMINAL },
  { from: 'dokonać wpłaty', to: 'wpłacić', note: NOMINAL },
  { from: 'dokonać płatności', to: 'zapłacić', note: NOMINAL },
  { from: 'dokonał wpłaty', to: 'wpłacił', note: NOMINAL },
  { from: 'dokonała wpłaty', to: 'wpłaciła', note: NOMINAL },
  { from: 'dokonania wpłaty', to: 'wpłacenia', note: NOMINAL },
  { from: 'dokonania zapłaty', to: 'zapłacenia', note: NOMINAL },
  // Other nouns made of verbs.
  { from: 'dokonać zmiany', to: 'zmienić', note: NOMINAL },
  { from: 'dokonać korekty', to: 'poprawić', note: NOMINAL },
  { from: 'dokonać zgłoszenia', to: 'zgłosić', note: NOMINAL },
  { from: 'dokonać weryfikacji', to: 'sprawdzić', note: NOMINAL },
  { from: 'dokonać rejestracji', to: 'zarejestrować', note: NOMINAL },
  { from: 'dokonać odbioru', to: 'odebrać', note: NOMINAL },
  { from: 'dokonać analizy', to: 'przeanalizować', note: NOMINAL },
  // The office itself.
  { from: 'tutejszy organ', to: 'urząd', note: OFFICE },
  { from: 'tutejszego organu', to: 'urzędu', note: OFFICE },
  { from: 'tutejszemu organowi', to: 'urzędowi', note: OFFICE },
  { from: 'tutejszym organem', to: 'urzędem', note: OFFICE },
  { from: 'tutejszym organie', to: 'urzędzie', note: OFFICE },
  { from: 'tutejszy urząd', to: 'nasz urząd', note: OFFICE },
  { from: 'tutejszego urzędu', to: 'naszego urzędu', note: OFFICE },
  { from: 'tutejszym urzędzie', to: 'naszym urzędzie', note: OFFICE },
  { from: 'petent', to: 'klient', note: CLIENT },
  { from: 'petenta', to: 'klienta', note: CLIENT },
  { from: 'petentów', to: 'klientów', note: CLIENT },
  // Empty openers.
  { from: 'niniejszym informuję', to: 'informuję', note: EMPTY },
  { from: 'niniejszym informujemy', to: 'informujemy', note: EMPTY },
  { from: 'niniejszym zawiadamiam', to: 'zawiadamiam', note: EMPTY },
  { from: 'uprzejmie informuję', to: 'informuję', note: EMPTY },
  { from: 'uprzejmie informujemy', to: 'informujemy', note: EMPTY },
  { from: 'uprzejmie zawiadamiam', to: 'zawiadamiam', note: EMPTY },
  { from: 'zwracam się z uprzejmą prośbą', to: 'proszę', note: EMPTY },
  { from: 'zwracam się z prośbą', to: 'proszę', note: EMPTY },
  { from: 'zwracamy się z uprzejmą prośbą', to: 'prosimy', note: EMPTY },
  { from: 'zwracamy się z prośbą', to: 'prosimy', note: EMPTY },
  { from: 'w załączeniu przesyłam', to: 'przesyłam', note: EMPTY },
  { from: 'w załączeniu przesyłamy', to: 'przesyłamy', note: EMPTY },
  { from: 'w załączeniu', to: 'w załączniku', note: WORDY },
  { from: 'niniejsze pismo', to: 'to pismo', note: OLD },
  { from: 'niniejszego pisma', to: 'tego pisma', note: OLD },
  { from: 'niniejszym piśmie', to: 'tym piśmie', note: OLD },
  { from: 'niniejszej wiadomości', to: 'tej wiadomości', note: OLD },
  // Time.
  { from: 'w dniu dzisiejszym', to: 'dziś', note: NOW },
  { from: 'w dniu wczorajszym', to: 'wczoraj', note: NOW },
  { from: 'w dniu jutrzejszym', to: 'jutro', note: NOW },
  { from: 'na dzień dzisiejszy', to: 'dziś', note: NOW },
  { from: 'w chwili obecnej', to: 'teraz', note: NOW },
  { from: 'w obecnej chwili', to: 'teraz', note: NOW },
  { from: 'na chwilę obecną', to: 'teraz', note: NOW },
  { from: 'w terminie do dnia', to: 'do', note: NOW },
  { from: 'w terminie do', to: 'do', note: NOW },
  // Links between sentences.
  { from: 'w związku z powyższym', to: 'dlatego', note: THEREFORE },
  { from: 'mając na uwadze powyższe', to: 'dlatego', note: THEREFORE },
  { from: 'biorąc pod uwagę powyższe', to: 'dlatego', note: THEREFORE },
  { from: 'z uwagi na powyższe', to: 'dlatego', note: THEREFORE },
  { from: 'wobec powyższego', to: 'dlatego', note: THEREFORE },
  { from: 'powyższe oznacza', to: 'to oznacza', note: ABOVE },
  { from: 'powyższe wynika', to: 'to wynika', note: ABOVE },
  { from: 'powyższe dotyczy', to: 'to dotyczy', note: ABOVE },
  { from: 'ww.', note: ABOVE },
  { from: 'wyżej wymienion*', note: ABOVE },
  { from: 'iż', to: 'że', note: OLD },
  { from: 'albowiem', to: 'bo', note: OLD },
  { from: 'aczkolwiek', to: 'choć', note: OLD },
  { from: 'jednakże', to: 'jednak', note: OLD },
  { from: 'tudzież', to: 'lub', note: OLD },
  { from: 'bądź', to: 'lub', note: OLD },
  { from: 'ażeby', to: 'aby', note: OLD },
  { from: 'tj.', to: 'czyli', note: ABOVE },
  // Purpose.
  { from: 'celem uzyskania', to: 'aby uzyskać', note: PURPOSE },
  { from: 'celem złożenia', to: 'aby złożyć', note: PURPOSE },
  { from: 'celem wyjaśnienia', to: 'aby wyjaśnić', note: PURPOSE },
  { from: 'celem uzupełnienia', to: 'aby uzupełnić', note: PURPOSE },
  { from: 'celem odbioru', to: 'aby odebrać', note: PURPOSE },
  { from: 'celem załatwienia', to: 'aby załatwić', note: PURPOSE },
  { from: 'celem dokonania', to: 'aby dokonać', note: PURPOSE },
  { from: 'w celu uzyskania', to: 'aby uzyskać', note: PURPOSE },
  { from: 'w celu złożenia', to: 'aby złożyć', note: PURPOSE },
  { from: 'w celu wyjaśnienia', to: 'aby wyjaśnić', note: PURPOSE },
  // "The said" and "in the matter of".
  { from: 'w przedmiocie', to: 'w sprawie', note: { pl: '„w przedmiocie” to język prawniczy', en: '“w przedmiocie” (in the matter of) is legalese' } },
  { from: 'w przedmiotowej sprawie', to: 'w tej sprawie', note: SUBJECT },
  { from: 'przedmiotowej sprawy', to: 'tej sprawy', note: SUBJECT },
  { from: 'przedmiotowa sprawa', to: 'ta sprawa', note: SUBJECT },
  { from: 'przedmiotowy wniosek', to: 'ten wniosek', note: SUBJECT },
  { from: 'przedmiotowego wniosku', to: 'tego wniosku', note: SUBJECT },
  { from: 'przedmiotowa decyzja', to: 'ta decyzja', note: SUBJECT },
  { from: 'przedmiotową decyzję', to: 'tę decyzję', note: SUBJECT },
  { from: 'przedmiotowej decyzji', to: 'tej decyzji', note: SUBJECT },
  { from: 'przedmiotow*', note: SUBJECT },
  // Other verbs and adjectives.
  { from: 'przedłożyć', to: 'przekazać', note: OLD },
  { from: 'przedłożenia', to: 'przekazania', note: OLD },
  { from: 'przedłożył', to: 'przekazał', note: OLD },
  { from: 'przedłożyła', to: 'przekazała', note: OLD },
  { from: 'winien', to: 'powinien', note: OLD },
  { from: 'winno', to: 'powinno', note: OLD },
  { from: 'wszelkie', to: 'wszystkie', note: OLD },
  { from: 'wszelkich', to: 'wszystkich', note: OLD },
  { from: 'wszelkimi', to: 'wszystkimi', note: OLD },
  { from: 'posiadać', to: 'mieć', note: HAVE },
  { from: 'posiada', to: 'ma', note: HAVE },
  { from: 'posiadają', to: 'mają', note: HAVE },
  { from: 'stosowny', to: 'odpowiedni', note: OLD },
  { from: 'stosowne', to: 'odpowiednie', note: OLD },
  { from: 'stosownego', to: 'odpowiedniego', note: OLD },
  { from: 'stosownej', to: 'odpowiedniej', note: OLD },
  { from: 'stosownie do', to: 'zgodnie z', note: OLD },
  // Procedure words a citizen does not know.
  {
    from: 'zostanie pozostawiony bez rozpoznania',
    to: 'nie zostanie rozpatrzony',
    note: NOT_HEARD,
  },
  {
    from: 'zostanie pozostawiona bez rozpoznania',
    to: 'nie zostanie rozpatrzona',
    note: NOT_HEARD,
  },
  {
    from: 'pozostawi* bez rozpoznania',
    note: {
      pl: '„pozostawić bez rozpoznania” znaczy, że urząd nie zajmie się sprawą – napisz to wprost i podaj, co zrobić, żeby sprawa była rozpatrzona',
      en: '“pozostawić bez rozpoznania” means the office will not deal with the matter: say so plainly and what to do to have it dealt with',
    },
  },
  {
    from: 'braków formalnych',
    to: 'braków we wniosku',
    note: { pl: '„braki formalne” – lepiej napisać, czego brakuje', en: '“braki formalne” (formal deficiencies): better say what is missing' },
  },
  {
    from: 'zgodnie z właściwością',
    note: {
      pl: 'napisz, do którego urzędu przekazano sprawę i dlaczego to on się nią zajmie',
      en: 'say which office the matter went to and why that office deals with it',
    },
  },
];
