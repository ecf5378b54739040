/**
 * Words for summons-details (000 § 8 ust. 2 pkt 5: a summons to appear in person gives the room
 * number, the employee in charge, a phone contact, and office hours or the appointment time).
 * Phrase syntax: src/engine/text/phrases.ts; written without Polish diacritics, matched folded.
 */

/** A sentence with one of these calls the citizen in person, whatever else it asks for. */
export const SUMMONS_PHRASES: readonly string[] = [
  'wezwanie|wezwaniem ~1 do stawiennictwa|stawienia',
  'stawiennictw*',
  // "stawić się" in the forms a letter uses: infinitive, 3rd person, past, imperative, noun.
  'stawic|stawi|stawia|stawil|stawila|stawili|stawily|stawcie|stawienia|stawienie|stawieniu|stawieniem sie',
  'stawic ~1 sie',
  'sie stawic|stawi|stawil|stawila|stawili|stawily|zglosic',
  'osobiscie ~1 zglosic|zglosi|stawic|stawi|przyjsc|przybyc',
  'zglosic|zglosi|zgloszenia|zgloszenie ~1 sie osobiscie',
  'zglosic|zglosi|zgloszenia|zgloszenie sie do urzed*|siedziby|pokoju|pok|sali|wydzialu|referatu|kasy|biura',
  'prosze|prosimy o ~1 osobiste stawiennictwo|przybycie|zgloszenie',
  'do osobistego ~1 zlozenia|odbioru|podpisania|zgloszenia|przybycia',
  'osobiscie ~1 w urzedzie|siedzibie|pokoju|pok|sali|wydziale|referacie|kasie|biurze',
  'prosze|prosimy przyjsc|przybyc ~1 do urzedu',
  // The standard's own case: testimony is given in person; a witness or party is heard in person.
  'do ~1 zlozenia ~1 zeznan|zeznania',
  'w charakterze swiadka|strony',
];

/**
 * "Wzywam" alone, the formula of KPA letters: a summons to appear only when the sentence asks for
 * nothing else (SUMMONS_PHRASES win over OTHER_DEMANDS: "wzywam do stawienia się w celu złożenia
 * wyjaśnień" is a summons).
 */
export const SUMMONS_VERBS: readonly string[] = ['wzywam|wzywamy', 'wzywa sie'];

/**
 * What else an office calls for with "wzywam": payment ("wzywam do zapłaty"), missing documents
 * ("wzywam do uzupełnienia braków formalnych", art. 64 § 2 KPA), papers or written explanations
 * sent in, an order to act. None of these asks the citizen to come. "Wzywam do złożenia
 * wyjaśnień" stays a summons: the standard's line (000 § 8 ust. 2 pkt 5) is about exactly
 * "wezwanie klienta do złożenia zeznań lub wyjaśnień osobiście", unless they are to be written.
 */
export const OTHER_DEMANDS: readonly string[] = [
  'do zaplaty|uiszczenia|uregulowania|wplaty|wplacenia|splaty|zaplacenia',
  'do uzupelnienia|usuniecia|przeslania|nadeslania|przedlozenia|przedstawienia|dostarczenia|doreczenia|wskazania|podania|sprostowania',
  'do zlozenia ~1 dokumentow|dokumentu|wniosku|deklaracji|oswiadczenia|oswiadczen|zaswiadczenia|kopii|odpisu|pelnomocnictwa|informacji',
  'na pismie',
  'pisemnie|pisemnych|pisemnego|pisemne',
  'do zaniechania|zaprzestania|usuniecia|uporzadkowania|rozbiorki|naprawy',
];

/**
 * Sentences that say appearing is not needed, or that "zgłosić się" means by phone or in
 * writing: they cancel any summons phrase beside them.
 */
export const NOT_A_SUMMONS: readonly string[] = [
  'sie zglosic|zglosi ~1 telefonicznie|mailowo|elektronicznie|pisemnie|listownie',
  'zglosic|zglosi sie ~1 telefonicznie|mailowo|elektronicznie|pisemnie|listownie',
  'telefonicznie|mailowo|elektronicznie|pisemnie ~1 sie zglosic|zglosi',
  'telefonicznie|mailowo|elektronicznie|pisemnie zglosic|zglosi sie',
  'nie ~1 musi|musza|trzeba ~1 stawiac|stawic|przychodzic|przyjsc|zglaszac',
  'nie ~1 ma|maja ~1 obowiazku|potrzeby ~1 stawiac|stawic|stawiennictwa|przychodzic|przychodzenia|przyjscia',
  'nie jest ~1 konieczne|wymagane|potrzebne ~1 stawiennictwo|stawienie|przychodzenie',
  'stawiennictwo ~1 nie jest ~1 konieczne|wymagane|potrzebne|obowiazkowe',
  'bez ~1 koniecznosci ~1 stawiennictwa|stawiania|przychodzenia',
];

/** Words that give the room. */
export const ROOM_WORDS: readonly string[] = ['pok', 'pokoj', 'pokoju', 'pokojem', 'sala', 'sali', 'gabinet', 'gabinetu', 'biuro', 'biura', 'stanowisko', 'stanowiska', 'okienko', 'okienka', 'room'];

/** Words that give the time or the office hours (with a time or weekday next to them). */
export const TIME_WORDS: readonly string[] = ['godz', 'godzina', 'godzinie', 'godzinach', 'godzin'];
export const WEEKDAYS: readonly string[] = ['poniedzialek', 'poniedzialku', 'wtorek', 'wtorku', 'sroda', 'srode', 'srody', 'czwartek', 'czwartku', 'piatek', 'piatku'];

/**
 * The office's working days as a range, "od poniedziałku do piątku", "pon.–pt.": the citizen may
 * come on any of them during office hours, which counts as giving the office hours.
 */
export const WEEKDAY_RANGES: readonly string[] = [
  'od poniedzialku|pon|pn do piatku|pt|soboty|sob',
  'poniedzialek|poniedzialki|pon|pn piatek|piatki|pt|sobota|sob',
];
