/**
 * Words for summons-details (000 § 8 ust. 2 pkt 5: a summons to appear in person gives the room
 * number, the employee in charge, a phone contact, and office hours or the appointment time).
 * Phrase syntax: src/engine/text/phrases.ts; written without Polish diacritics, matched folded.
 */

/** A sentence with one of these summons the citizen to come in person. */
export const SUMMONS_PHRASES: readonly string[] = [
  'wzywam|wzywamy',
  'wzywa sie',
  'wezwanie|wezwaniem ~1 do stawiennictwa|stawienia',
  'stawiennictw*',
  'stawic|stawila|stawil|stawienia sie',
  'stawic ~1 sie',
  'sie stawic|stawil|stawila|zglosic',
  'osobiscie ~1 zglosic|stawic|przyjsc',
  'zglosic|zgloszenia ~1 sie osobiscie',
  'prosze|prosimy o ~1 osobiste stawiennictwo|przybycie|zgloszenie',
  'osobiscie ~1 w urzedzie|w siedzibie|w pokoju',
  'prosze|prosimy przyjsc|przybyc ~1 do urzedu',
];

/**
 * Sentences that name a summons but call no one in: a payment demand, a request to send
 * missing documents by post, or saying that appearing is not needed.
 */
export const NOT_A_SUMMONS: readonly string[] = [
  'wezwanie|wezwaniem|wezwania do zaplaty',
  'wezwanie|wezwaniem|wezwania do uzupelnienia ~1 brakow',
  'nie ~1 musi|musza|trzeba ~1 stawiac|stawic|przychodzic|przyjsc',
  'stawiennictwo ~1 nie jest ~1 konieczne|wymagane|potrzebne',
  'bez ~1 koniecznosci ~1 stawiennictwa',
];

/** Words that give the room. */
export const ROOM_WORDS: readonly string[] = ['pok', 'pokoj', 'pokoju', 'pokojem', 'sala', 'sali', 'gabinet', 'gabinetu', 'biuro', 'biura', 'stanowisko', 'stanowiska', 'okienko', 'okienka', 'room'];

/** Words that give the time or the office hours (with a time or weekday next to them). */
export const TIME_WORDS: readonly string[] = ['godz', 'godzina', 'godzinie', 'godzinach', 'godzin'];
export const WEEKDAYS: readonly string[] = ['poniedzialek', 'poniedzialku', 'wtorek', 'wtorku', 'sroda', 'srode', 'srody', 'czwartek', 'czwartku', 'piatek', 'piatku'];
