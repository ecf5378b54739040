/** Polish abbreviations that end with a dot but do not end a sentence. Data, reviewed like prose. */
export const POLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ul', 'al', 'pl', 'os', 'np', 'tel', 'pok', 'godz', 'r', 'art', 'ust', 'pkt', 'nr', 'lit', 'poz', 'str', 's',
  'tj', 'tzn', 'tzw', 'itd', 'itp', 'm.in', 'in', 'ok', 'wg', 'ww', 'jw', 'zob', 'por', 'dot', 'dn', 'sygn',
  'zał', 'pt', 'ds', 'ws', 'im', 'sp', 'z.o.o', 'o.o', 'prof', 'dr', 'hab', 'mgr', 'inż', 'lek', 'red',
  'woj', 'pow', 'gm', 'm', 'st', 'kpt', 'ks', 'płk', 'mec', 'adw', 'r.pr', 'pr', 'tys', 'mln', 'mld', 'zł', 'gr',
  'godz', 'min', 'sek', 'ew', 'wyd', 'tab', 'rys', 'cd', 'c.d', 'wz', 'k', 'n', 'p', 'ob', 'kod', 'Dz', 'U',
  'dz', 'u', 'e', 'g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'st',
]);
