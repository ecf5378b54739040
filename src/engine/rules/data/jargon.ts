/**
 * Office jargon and the plain words to write instead (002 line 125: avoid terms citizens may not
 * understand; 000 § 8 ust. 2 pkt 3: language the citizen understands). Vale-style swaps: data,
 * reviewed like prose.
 *
 * `from` names a word family in the phrase syntax of src/engine/text/phrases.ts (case- and
 * diacritic-insensitive whole words; `uiść*` is every word starting so; a trailing dot, as in
 * `ww.`, must be in the text too): every form it matches is reported. The longest entry wins where
 * several start at one word, so an exact phrase ("w załączeniu przesyłam") refines its family.
 *
 * `swaps` lists, form by form, the plain text that replaces exactly the matched words and is right
 * Polish in any sentence (contract § 9): the same case, gender and number, the same government of what
 * follows ("uiścić opłatę" -> "zapłacić opłatę", not "zapłacić", which loses the fee; "tutejszego
 * organu" -> "urzędu"), and no meaning another rule reads lost ("w załączeniu przesyłam" ->
 * "załączam", which still tells attachment-missing that a file is promised). A form left out, or
 * a swap whose `when` the sentence does not meet, gets no automatic text: the finding explains,
 * and names `hint` or the swap as the wording to adapt. `when` (default "any"):
 *   clause-end   only when punctuation or the end of the sentence follows ("Proszę dokonać
 *                zmiany." -> "Proszę zmienić."; "dokonać zmiany danych" would need "zmienić dane");
 *   preposition  also before a preposition or adverb ("dokonać wpłaty na rachunek" -> "wpłacić na
 *                rachunek"; "dokonać wpłaty kwoty" would need "wpłacić kwotę");
 *   new-clause   also before a word that opens a new clause: a first-person verb ("-ę", "-am",
 *                "-emy", …; not "-em", which is also "pismem") or NEW_CLAUSE_WORDS ("W związku z powyższym informuję" -> "Dlatego
 *                informuję"; "w związku z powyższym pismem" must stay);
 *   request      also before "o" or "aby" ("zwracam się z prośbą o …" -> "proszę o …"; "zwracam
 *                się z prośbą do Pana" must be rewritten);
 *   infinitive   only before an infinitive ("winien złożyć" -> "powinien złożyć"; "jest mi winien"
 *                means "owes");
 *   conjunction  not the first word of a sentence and not before "to" ("osobiście bądź przez
 *                pełnomocnika" -> "lub"; "Bądź…", "bądź to …, bądź to …" stay);
 *   not-citation not before "Dz." ("tj. Dz.U. …" means "tekst jednolity").
 */

export type JargonNote = { pl: string; en: string };

export type SwapContext = 'any' | 'clause-end' | 'preposition' | 'new-clause' | 'request' | 'infinitive' | 'conjunction' | 'not-citation';

export type JargonEntry = {
  from: string;
  /** Form as it may be written (compared folded) -> the plain text that replaces it. */
  swaps?: Readonly<Record<string, string>>;
  when?: SwapContext;
  /** A plain wording to adapt, for forms without a swap (no automatic text). */
  hint?: string;
  note: JargonNote;
};

/** Words after which a new clause begins (the `new-clause` context), besides first-person verbs. */
export const NEW_CLAUSE_WORDS: readonly string[] = ['należy', 'nie', 'uprzejmie', 'proszę', 'prosimy', 'pan', 'pani', 'państwo', 'wniosek', 'sprawa', 'decyzja', 'urząd', 'organ'];
/** Endings of first-person verbs that open a clause: informuję, zawiadamiam, informujemy, prosimy. */
export const FIRST_PERSON_ENDINGS: readonly string[] = ['ę', 'am', 'amy', 'emy', 'imy', 'ymy'];
/** Prepositions and adverbs after which the object of a nominal phrase is not missing (the `preposition` context). */
export const PREPOSITIONS: readonly string[] = [
  'na', 'w', 'we', 'do', 'za', 'przez', 'z', 'ze', 'od', 'po', 'u', 'dla', 'przed', 'przy', 'pod', 'nad', 'o',
  'przelewem', 'gotówką', 'kartą', 'osobiście', 'niezwłocznie', 'najpóźniej', 'terminowo', 'dziś', 'jutro',
];

/** Reasons shared by many entries. */
const WORDY: JargonNote = { pl: 'urzędowy zwrot, który mówi to samo dłużej', en: 'an officialese phrase that says the same at greater length' };
const EMPTY: JargonNote = { pl: 'zbędny urzędowy wstęp – sam czasownik wystarczy', en: 'an empty official opener: the verb alone says it' };
const ENCLOSED: JargonNote = { pl: 'urzędowy zwrot – wystarczy „załączam”', en: 'an officialese phrase: “załączam” (I attach) says it' };
const NOMINAL: JargonNote = {
  pl: 'rzeczownik z „dokonać” zamiast czasownika – czasownik jest krótszy i jaśniejszy',
  en: 'a noun with “dokonać” (to effect) instead of the verb: the verb is shorter and clearer',
};
const OLD: JargonNote = { pl: 'słowo książkowe lub przestarzałe', en: 'a bookish or old-fashioned word' };
const THIS: JargonNote = { pl: '„niniejszy” to słowo urzędowe – wystarczy „ten”, „ta”, „to”', en: '“niniejszy” (the present) is an official word for “ten” (this)' };
const OFFICE: JargonNote = {
  pl: 'urzędnicze określenie – klient nie musi wiedzieć, co to „organ”',
  en: 'office jargon: the citizen need not know what an “organ” (authority) is',
};
const LOCAL: JargonNote = {
  pl: '„tutejszy” to słowo urzędowe – napisz „nasz urząd” albo nazwij urząd, wydział lub gminę',
  en: '“tutejszy” (local) is an official word: write “nasz urząd” (our office) or name the office, department or municipality',
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
const PURPOSE: JargonNote = {
  pl: '„celem” / „w celu” z rzeczownikiem – prościej „aby” z czasownikiem; rzeczownik po nim zmienia wtedy przypadek („aby uzyskać zaświadczenie”)',
  en: '“celem” / “w celu” with a noun: “aby” (to) with the verb is simpler; the noun after it then changes case (“aby uzyskać zaświadczenie”)',
};
const CLIENT: JargonNote = { pl: '„petent” brzmi urzędowo i z góry – standard mówi o kliencie', en: '“petent” sounds official and condescending: the standard speaks of the client' };
const HAVE: JargonNote = { pl: '„posiadać” to urzędowe „mieć”', en: '“posiadać” (to possess) is officialese for “mieć” (to have)' };
const OUGHT: JargonNote = { pl: '„winien” to książkowe „powinien”', en: '“winien” is bookish for “powinien” (ought to)' };
const ALL: JargonNote = { pl: '„wszelki” to książkowe „wszystkie” lub „każdy”', en: '“wszelki” is bookish for “wszystkie” (all) or “każdy” (every)' };
const SUITABLE: JargonNote = { pl: '„stosowny” to książkowe „odpowiedni”', en: '“stosowny” is bookish for “odpowiedni” (suitable)' };
const SUBMIT: JargonNote = { pl: '„przedłożyć” to urzędowe „przekazać” lub „złożyć”', en: '“przedłożyć” is officialese for “przekazać” (hand over) or “złożyć” (submit)' };
const NOT_HEARD: JargonNote = { pl: '„pozostawić bez rozpoznania” znaczy, że urząd nie zajmie się sprawą', en: '“pozostawić bez rozpoznania” means the office will not deal with the matter' };

export const JARGON: readonly JargonEntry[] = [
  // Paying: the verb only, so the object stays ("uiścić opłatę skarbową" -> "zapłacić opłatę skarbową").
  {
    from: 'uiść*|uiszcz*',
    swaps: {
      uiścić: 'zapłacić',
      uiszczać: 'płacić',
      uiści: 'zapłaci',
      uiszcza: 'płaci',
      uiszczają: 'płacą',
      uiszczam: 'płacę',
      uiszczamy: 'płacimy',
      uiścisz: 'zapłacisz',
      uiścimy: 'zapłacimy',
      uiścił: 'zapłacił',
      uiściła: 'zapłaciła',
      uiściło: 'zapłaciło',
      uiścili: 'zapłacili',
      uiściły: 'zapłaciły',
      uiściłem: 'zapłaciłem',
      uiściłam: 'zapłaciłam',
      uiszczono: 'zapłacono',
      uiść: 'zapłać',
      uiśćcie: 'zapłaćcie',
      uiszczenie: 'zapłacenie',
      uiszczenia: 'zapłacenia',
      uiszczeniu: 'zapłaceniu',
      uiszczeniem: 'zapłaceniem',
      uiszczanie: 'płacenie',
      uiszczania: 'płacenia',
      uiszczona: 'zapłacona',
      uiszczony: 'zapłacony',
      uiszczone: 'zapłacone',
      uiszczonej: 'zapłaconej',
      uiszczonego: 'zapłaconego',
      uiszczoną: 'zapłaconą',
      uiszczonym: 'zapłaconym',
      uiszczonych: 'zapłaconych',
    },
    note: FEE,
  },
  // "dokonać wpłaty" -> "wpłacić": the object after it would change case, so only before a preposition.
  {
    from: 'dokonać|dokona|dokonam|dokonamy|dokonają|dokonał|dokonała|dokonali|dokonano zapłaty|wpłaty|płatności',
    swaps: {
      'dokonać zapłaty': 'zapłacić',
      'dokonać wpłaty': 'wpłacić',
      'dokonać płatności': 'zapłacić',
      'dokona zapłaty': 'zapłaci',
      'dokona wpłaty': 'wpłaci',
      'dokonał wpłaty': 'wpłacił',
      'dokonała wpłaty': 'wpłaciła',
      'dokonali wpłaty': 'wpłacili',
      'dokonano wpłaty': 'wpłacono',
      'dokonał zapłaty': 'zapłacił',
      'dokonała zapłaty': 'zapłaciła',
    },
    when: 'preposition',
    note: NOMINAL,
  },
  // The gerund keeps its case and gender: "w celu dokonania wpłaty" -> "w celu wpłacenia".
  {
    from: 'dokonani* zapłaty|wpłaty|płatności',
    swaps: {
      'dokonanie zapłaty': 'zapłacenie',
      'dokonania zapłaty': 'zapłacenia',
      'dokonaniu zapłaty': 'zapłaceniu',
      'dokonanie wpłaty': 'wpłacenie',
      'dokonania wpłaty': 'wpłacenia',
      'dokonaniu wpłaty': 'wpłaceniu',
    },
    note: NOMINAL,
  },
  {
    from: 'dokonać zmiany|korekty|zgłoszenia|weryfikacji|odbioru',
    swaps: { 'dokonać zmiany': 'zmienić', 'dokonać korekty': 'poprawić', 'dokonać zgłoszenia': 'zgłosić', 'dokonać weryfikacji': 'sprawdzić', 'dokonać odbioru': 'odebrać' },
    when: 'clause-end',
    note: NOMINAL,
  },
  { from: 'dokona* zapłaty|wpłaty|płatności|zmiany|zmian|korekty|zgłoszenia|weryfikacji|rejestracji|odbioru|analizy|czynności|oceny|sprawdzenia', hint: 'czasownik: zapłacić, wpłacić, zmienić, sprawdzić…', note: NOMINAL },
  // The office itself.
  {
    from: 'tutejsz* organ*',
    swaps: { 'tutejszy organ': 'urząd', 'tutejszego organu': 'urzędu', 'tutejszemu organowi': 'urzędowi', 'tutejszym organem': 'urzędem', 'tutejszym organie': 'urzędzie' },
    note: OFFICE,
  },
  {
    from: 'tutejsz* urz*',
    swaps: {
      'tutejszy urząd': 'nasz urząd',
      'tutejszego urzędu': 'naszego urzędu',
      'tutejszemu urzędowi': 'naszemu urzędowi',
      'tutejszym urzędem': 'naszym urzędem',
      'tutejszym urzędzie': 'naszym urzędzie',
    },
    note: OFFICE,
  },
  { from: 'tutejsz*', hint: 'nasz urząd', note: LOCAL },
  {
    from: 'petent*|petenc*',
    swaps: {
      petent: 'klient',
      petenta: 'klienta',
      petentowi: 'klientowi',
      petentem: 'klientem',
      petencie: 'kliencie',
      petenci: 'klienci',
      petentów: 'klientów',
      petentom: 'klientom',
      petentami: 'klientami',
      petentach: 'klientach',
      petentka: 'klientka',
      petentki: 'klientki',
      petentce: 'klientce',
      petentkę: 'klientkę',
      petentką: 'klientką',
      petentek: 'klientek',
    },
    note: CLIENT,
  },
  // Empty openers: the adverb goes, the verb stays as written.
  {
    from: 'niniejszym informuję|informujemy|zawiadamiam|zawiadamiamy|przekazuję|przekazujemy|przesyłam|przesyłamy|potwierdzam|potwierdzamy|wyjaśniam|wyjaśniamy|wzywam|wzywamy',
    swaps: {
      'niniejszym informuję': 'informuję',
      'niniejszym informujemy': 'informujemy',
      'niniejszym zawiadamiam': 'zawiadamiam',
      'niniejszym zawiadamiamy': 'zawiadamiamy',
      'niniejszym przekazuję': 'przekazuję',
      'niniejszym przekazujemy': 'przekazujemy',
      'niniejszym przesyłam': 'przesyłam',
      'niniejszym przesyłamy': 'przesyłamy',
      'niniejszym potwierdzam': 'potwierdzam',
      'niniejszym potwierdzamy': 'potwierdzamy',
      'niniejszym wyjaśniam': 'wyjaśniam',
      'niniejszym wyjaśniamy': 'wyjaśniamy',
      'niniejszym wzywam': 'wzywam',
      'niniejszym wzywamy': 'wzywamy',
    },
    note: EMPTY,
  },
  {
    from: 'uprzejmie informuję|informujemy|zawiadamiam|zawiadamiamy',
    swaps: { 'uprzejmie informuję': 'informuję', 'uprzejmie informujemy': 'informujemy', 'uprzejmie zawiadamiam': 'zawiadamiam', 'uprzejmie zawiadamiamy': 'zawiadamiamy' },
    note: EMPTY,
  },
  {
    from: 'zwracam|zwracamy się z uprzejmą|serdeczną prośbą',
    swaps: { 'zwracam się z uprzejmą prośbą': 'proszę', 'zwracamy się z uprzejmą prośbą': 'prosimy', 'zwracam się z serdeczną prośbą': 'proszę', 'zwracamy się z serdeczną prośbą': 'prosimy' },
    when: 'request',
    note: EMPTY,
  },
  { from: 'zwracam|zwracamy się z prośbą', swaps: { 'zwracam się z prośbą': 'proszę', 'zwracamy się z prośbą': 'prosimy' }, when: 'request', note: EMPTY },
  { from: 'zwraca* się ~ z prośbą|uprzejmą', hint: 'proszę', note: EMPTY },
  // Attaching: "załączam" keeps the promise of a file (attachment-missing reads it).
  {
    from: 'w załączeniu przesyłam|przesyłamy|przekazuję|przekazujemy',
    swaps: { 'w załączeniu przesyłam': 'załączam', 'w załączeniu przesyłamy': 'załączamy', 'w załączeniu przekazuję': 'załączam', 'w załączeniu przekazujemy': 'załączamy' },
    note: ENCLOSED,
  },
  {
    from: 'przesyłam|przesyłamy|przekazuję|przekazujemy w załączeniu',
    swaps: { 'przesyłam w załączeniu': 'załączam', 'przesyłamy w załączeniu': 'załączamy', 'przekazuję w załączeniu': 'załączam', 'przekazujemy w załączeniu': 'załączamy' },
    note: ENCLOSED,
  },
  { from: 'w załączeniu', swaps: { 'w załączeniu': 'w załączniku' }, note: WORDY },
  // "niniejszy" -> "ten": the forms whose case and gender "ten" shows alike. "niniejsze" (to/te),
  // "niniejszą" (tę/tą) and "niniejszym" (tym, or "hereby") need their noun.
  { from: 'niniejsze|niniejszym|niniejszą pismo|pismem|piśmie|decyzję|decyzją|wiadomość|wiadomością', swaps: { 'niniejsze pismo': 'to pismo', 'niniejszym pismem': 'tym pismem', 'niniejszym piśmie': 'tym piśmie', 'niniejszą decyzję': 'tę decyzję', 'niniejszą decyzją': 'tą decyzją', 'niniejszą wiadomość': 'tę wiadomość', 'niniejszą wiadomością': 'tą wiadomością' }, note: THIS },
  {
    from: 'niniejsz*',
    swaps: { niniejszy: 'ten', niniejsza: 'ta', niniejszego: 'tego', niniejszemu: 'temu', niniejszej: 'tej', niniejszych: 'tych', niniejszymi: 'tymi' },
    hint: 'ten, ta, to',
    note: THIS,
  },
  // Time.
  { from: 'w dniu dzisiejszym', swaps: { 'w dniu dzisiejszym': 'dziś' }, note: NOW },
  { from: 'w dniu wczorajszym', swaps: { 'w dniu wczorajszym': 'wczoraj' }, note: NOW },
  { from: 'w dniu jutrzejszym', swaps: { 'w dniu jutrzejszym': 'jutro' }, note: NOW },
  { from: 'na dzień dzisiejszy', swaps: { 'na dzień dzisiejszy': 'dziś' }, note: NOW },
  { from: 'do dnia dzisiejszego', swaps: { 'do dnia dzisiejszego': 'do dziś' }, note: NOW },
  { from: 'z dniem dzisiejszym', swaps: { 'z dniem dzisiejszym': 'od dziś' }, note: NOW },
  { from: 'w chwili obecnej', swaps: { 'w chwili obecnej': 'teraz' }, note: NOW },
  { from: 'w obecnej chwili', swaps: { 'w obecnej chwili': 'teraz' }, note: NOW },
  { from: 'na chwilę obecną', swaps: { 'na chwilę obecną': 'teraz' }, note: NOW },
  { from: 'w terminie do dnia', swaps: { 'w terminie do dnia': 'do' }, note: NOW },
  { from: 'w terminie do', swaps: { 'w terminie do': 'do' }, note: NOW },
  // Links between sentences: only where a new clause follows ("W związku z powyższym pismem" stays).
  { from: 'w związku z powyższym', swaps: { 'w związku z powyższym': 'dlatego' }, when: 'new-clause', note: THEREFORE },
  { from: 'mając na uwadze powyższe', swaps: { 'mając na uwadze powyższe': 'dlatego' }, when: 'new-clause', note: THEREFORE },
  { from: 'biorąc pod uwagę powyższe', swaps: { 'biorąc pod uwagę powyższe': 'dlatego' }, when: 'new-clause', note: THEREFORE },
  { from: 'z uwagi na powyższe', swaps: { 'z uwagi na powyższe': 'dlatego' }, when: 'new-clause', note: THEREFORE },
  { from: 'wobec powyższego', swaps: { 'wobec powyższego': 'dlatego' }, when: 'new-clause', note: THEREFORE },
  { from: 'powyższe oznacza|wynika|dotyczy', swaps: { 'powyższe oznacza': 'to oznacza', 'powyższe wynika': 'to wynika', 'powyższe dotyczy': 'to dotyczy' }, note: ABOVE },
  { from: 'ww.', note: ABOVE },
  { from: 'wyżej wymienion*', note: ABOVE },
  { from: 'iż', swaps: { iż: 'że' }, note: OLD },
  { from: 'albowiem', swaps: { albowiem: 'bo' }, note: OLD },
  { from: 'aczkolwiek', swaps: { aczkolwiek: 'choć' }, note: OLD },
  { from: 'jednakże', swaps: { jednakże: 'jednak' }, note: OLD },
  { from: 'tudzież', swaps: { tudzież: 'lub' }, note: OLD },
  { from: 'bądź', swaps: { bądź: 'lub' }, when: 'conjunction', note: OLD },
  { from: 'ażeby', swaps: { ażeby: 'aby' }, note: OLD },
  { from: 'tj.', swaps: { tj: 'czyli' }, when: 'not-citation', note: ABOVE },
  // Purpose: "aby" wants the verb, and the noun after it another case: the clerk rewrites.
  // ("w celu dokonania wpłaty" is the gerund entry's: "w celu wpłacenia".)
  { from: 'celem uzyska*|złoże*|wyjaśnie*|uzupełnie*|odbioru|załatwie*|otrzyma*|ustalenia|sprawdzenia|weryfikacji', hint: 'aby uzyskać, aby złożyć, aby odebrać…', note: PURPOSE },
  { from: 'w celu uzyska*|złoże*|wyjaśnie*|uzupełnie*|odbioru|załatwie*|otrzyma*|ustalenia|sprawdzenia|weryfikacji', hint: 'aby uzyskać, aby złożyć, aby odebrać…', note: PURPOSE },
  // "The said" and "in the matter of".
  { from: 'w przedmiocie', swaps: { 'w przedmiocie': 'w sprawie' }, note: { pl: '„w przedmiocie” to język prawniczy', en: '“w przedmiocie” (in the matter of) is legalese' } },
  // "przedmiotową" (tę/tą) and "przedmiotowe" (to/te) take their form from the noun.
  {
    from: 'przedmiotową|przedmiotowe sprawę|sprawą|decyzję|decyzją|nieruchomość|nieruchomością|pismo|postępowanie',
    swaps: {
      'przedmiotową sprawę': 'tę sprawę',
      'przedmiotową sprawą': 'tą sprawą',
      'przedmiotową decyzję': 'tę decyzję',
      'przedmiotową decyzją': 'tą decyzją',
      'przedmiotową nieruchomość': 'tę nieruchomość',
      'przedmiotową nieruchomością': 'tą nieruchomością',
      'przedmiotowe pismo': 'to pismo',
      'przedmiotowe postępowanie': 'to postępowanie',
    },
    note: SUBJECT,
  },
  { from: 'w przedmiotowej sprawie', swaps: { 'w przedmiotowej sprawie': 'w tej sprawie' }, note: SUBJECT },
  {
    from: 'przedmiotow*',
    swaps: { przedmiotowy: 'ten', przedmiotowa: 'ta', przedmiotowego: 'tego', przedmiotowemu: 'temu', przedmiotowej: 'tej', przedmiotowym: 'tym', przedmiotowych: 'tych', przedmiotowymi: 'tymi' },
    hint: 'ten, ta, to',
    note: SUBJECT,
  },
  // Other verbs and adjectives.
  {
    from: 'przedłoż*|przedłóż*|przedkład*',
    swaps: {
      przedłożyć: 'przekazać',
      przedłoży: 'przekaże',
      przedłożą: 'przekażą',
      przedłożył: 'przekazał',
      przedłożyła: 'przekazała',
      przedłożyli: 'przekazali',
      przedłożono: 'przekazano',
      przedłóż: 'przekaż',
      przedłożenie: 'przekazanie',
      przedłożenia: 'przekazania',
      przedłożeniu: 'przekazaniu',
      przedłożony: 'przekazany',
      przedłożona: 'przekazana',
      przedłożone: 'przekazane',
      przedłożonych: 'przekazanych',
      przedkładać: 'przekazywać',
    },
    note: SUBMIT,
  },
  { from: 'winien|winna|winno|winni', swaps: { winien: 'powinien', winna: 'powinna', winno: 'powinno', winni: 'powinni' }, when: 'infinitive', note: OUGHT },
  // Only the plural: "wszelki", "wszelka", "wszelkiego rodzaju" have no "wszystki-" form.
  { from: 'wszel*', swaps: { wszelkie: 'wszystkie', wszelkich: 'wszystkich', wszelkimi: 'wszystkimi', wszelcy: 'wszyscy' }, hint: 'wszystkie, każdy', note: ALL },
  {
    from: 'posiadać|posiada|posiadają|posiadam|posiadamy|posiadasz|posiadacie|posiadał|posiadała|posiadało|posiadali|posiadały|posiadający|posiadająca|posiadające|posiadającego|posiadającej|posiadających',
    swaps: {
      posiadać: 'mieć',
      posiada: 'ma',
      posiadają: 'mają',
      posiadam: 'mam',
      posiadamy: 'mamy',
      posiadasz: 'masz',
      posiadacie: 'macie',
      posiadał: 'miał',
      posiadała: 'miała',
      posiadało: 'miało',
      posiadali: 'mieli',
      posiadały: 'miały',
      posiadający: 'mający',
      posiadająca: 'mająca',
      posiadające: 'mające',
      posiadającego: 'mającego',
      posiadającej: 'mającej',
      posiadających: 'mających',
    },
    note: HAVE,
  },
  {
    from: 'stosown*',
    swaps: {
      stosowny: 'odpowiedni',
      stosowna: 'odpowiednia',
      stosowne: 'odpowiednie',
      stosownego: 'odpowiedniego',
      stosownej: 'odpowiedniej',
      stosownemu: 'odpowiedniemu',
      stosownym: 'odpowiednim',
      stosowną: 'odpowiednią',
      stosownych: 'odpowiednich',
      stosownymi: 'odpowiednimi',
      stosowni: 'odpowiedni',
      stosownie: 'odpowiednio',
    },
    note: SUITABLE,
  },
  // "stosownie do przepisów" needs "zgodnie z przepisami": another case after it.
  { from: 'stosownie do', hint: 'zgodnie z', note: SUITABLE },
  // Procedure words a citizen does not know.
  {
    from: 'zostanie|zostaną pozostawiony|pozostawiona|pozostawione bez rozpoznania',
    swaps: {
      'zostanie pozostawiony bez rozpoznania': 'nie zostanie rozpatrzony',
      'zostanie pozostawiona bez rozpoznania': 'nie zostanie rozpatrzona',
      'zostanie pozostawione bez rozpoznania': 'nie zostanie rozpatrzone',
      'zostaną pozostawione bez rozpoznania': 'nie zostaną rozpatrzone',
    },
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
    from: 'brak* formaln*',
    note: { pl: '„braki formalne” – lepiej napisać, czego brakuje (np. „brak podpisu na wniosku”)', en: '“braki formalne” (formal deficiencies): better say what is missing (e.g. “the application is not signed”)' },
  },
  {
    from: 'zgodnie z właściwością',
    note: {
      pl: 'napisz, do którego urzędu przekazano sprawę i dlaczego to on się nią zajmie',
      en: 'say which office the matter went to and why that office deals with it',
    },
  },
];
