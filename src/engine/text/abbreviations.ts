/**
 * Polish abbreviations that end with a dot but do not end a sentence. Data, reviewed like prose.
 * Lower case; abbreviations with inner dots are written whole ("m.in", "z.o.o").
 */
export const POLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // addresses, contact, time
  'ul', 'al', 'pl', 'os', 'pok', 'tel', 'kom', 'godz', 'min', 'sek', 'k', 'm.st', 'woj', 'pow', 'gm', 'm',
  // street patrons: "ul. św. Jana", "ul. gen. Andersa", "al. marsz. Piłsudskiego"
  'św', 'bł', 'gen', 'marsz', 'mjr', 'hm', 'kard', 'abp', 'bp',
  'pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'niedz',
  // law and documents
  'r', 'rr', 'art', 'ust', 'pkt', 'nr', 'lit', 'poz', 'str', 's', 'dz', 'u', 'zm', 'późn', 'sygn', 'zał', 'ozn',
  // citations written without spaces: "(Dz.U. Nr 112, poz. 1316)", "(t.j. Dz.U. z 2024 r. poz. 1465)"
  'dz.u', 'm.p', 't.j', 'j.t', 'dz.urz',
  'tab', 'rys', 'wyd', 'red', 'przyp', 'zob', 'por', 'dot', 'dn', 'br', 'b.r', 'ub.r', 'bm', 'b.m', 'ur', 'zam',
  'cz', 'rozdz', 'par', 'odp', 'egz', 'szt', 'pp', 'przew',
  // in running text
  'np', 'tj', 'tzn', 'tzw', 'itd', 'itp', 'm.in', 'in', 'ok', 'wg', 'ww', 'jw', 'j.w', 'ew', 'cd', 'c.d', 'cdn',
  'wz', 'ds', 'ws', 'zw', 'im', 'pn', 'ang', 'łac', 'etc', 'vs', 'i.e', 'e.g', 'e', 'g', 'n', 'p', 'ob',
  // amounts
  'tys', 'mln', 'mld', 'zł', 'gr',
  // organisations
  'sp', 'z.o.o', 'o.o', 's.a', 'sp.j', 'sp.k',
  // titles and positions
  'prof', 'dr', 'hab', 'mgr', 'inż', 'lek', 'med', 'st', 'kpt', 'ks', 'płk', 'mec', 'adw', 'r.pr', 'pr',
  'dyr', 'zast', 'kier', 'insp', 'podinsp', 'ref', 'wydz', 'sekr', 'mr', 'mrs', 'ms',
]);

/**
 * Abbreviations that may close a sentence with their own dot ("… z 12 marca 2026 r. Proszę …"):
 * after these, a capital letter starts a new sentence. After the others ("ul. Mickiewicza",
 * "np. Urząd", "dr Nowak") it does not.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'r', 'rr', 'itd', 'itp', 'in', 'etc', 'cdn', 'tys', 'mln', 'mld', 'zł', 'gr', 'min', 'sek', 'zm', 'egz', 'szt',
  'br', 'b.r', 'ub.r', 'bm', 'b.m', 'jw', 'j.w', 'z.o.o', 'o.o', 's.a', 'sp.j', 'sp.k',
]);

/** Abbreviations written glued to their number: "2018r.", "2018rr.", "10zł.", "5szt.". */
export const GLUED_TO_NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['r', 'rr', 'zł', 'gr', 'tys', 'mln', 'mld', 'szt', 'egz']);

/**
 * The first words of Polish act titles, which follow "r." inside a legal citation:
 * "ustawy z dnia 29 sierpnia 1997 r. Ordynacja podatkowa", "… r. Prawo budowlane".
 */
export const ACT_TITLE_WORDS: ReadonlySet<string> = new Set(['kodeks', 'prawo', 'ordynacja', 'przepisy', 'karta']);
