/**
 * Derives the first-name table of src/engine/rules/data/first-names.ts from the PESEL register's
 * lists of first names of living persons (dane.gov.pl, dataset 1667; sources/README.md says which
 * files, from where, of what date and under what licence). Run `node scripts/data/first-names.mjs`
 * to regenerate the module, `--check` to see that the committed one is what the sources give.
 *
 * What the table says, and why it holds only some of the 71,000 names of the register:
 * - a name is female or male only when at least 95 % of its bearers are (SEX_SHARE); a name borne by
 *   both sexes is listed as "either", so that no ending rule guesses for it;
 * - the engine falls back on the surname's form and then on the "-a" ending for a name it does not
 *   know, so a name whose bearers the ending already describes needs no entry to be sexed. Each
 *   entry therefore earns its bytes (the table travels in the launch-event and task-pane bundles):
 *     EXCEPTION_CUT   names in -a that are not mostly female (Mustafa, Luca, Nika): without them
 *                     the ending rule would guess against the register, the worst error there is;
 *     WOMEN_SEX_CUT   women's names not in -a (Ines, Naomi, Astrid): only the register can tell;
 *     MEN_SEX_CUT     men's names not in -a (Piotr, Hamid): the same, but they are most of the
 *                     register and most of the bytes, so the task pane's budget sets this cut;
 *     RECOGNITION_CUT names the ending already sexes (Anna), and names not in -a borne by both
 *                     sexes (Kim), which say nothing either way: listed only so that the display-name parser knows which word is the first name in
 *                     "Nowak Anna", "anna.nowak@", and the vocative "Anno".
 * Keys are lower-cased the Polish way, NFC, without the combining dot that Turkish "İ" leaves;
 * only names of letters (and hyphens between them) are kept, so rows such as "BRAK DANYCH" go.
 */

export type Sex = 'f' | 'm' | 'x';

export type RegisterName = { key: string; female: number; male: number };

export type TableEntry = { key: string; sex: Sex };

export const SEX_SHARE = 0.95;
export const EXCEPTION_CUT = 20;
export const WOMEN_SEX_CUT = 75;
export const MEN_SEX_CUT = 200;
export const RECOGNITION_CUT = 2000;

export const HEADER = 'IMIĘ_PIERWSZE,PŁEĆ,LICZBA_WYSTĄPIEŃ';

/** The lookup key of a name: what the engine's first-name.ts computes the same way. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('pl').replace(/\u0307/g, '');
}

const NAME = /^\p{L}+(?:-\p{L}+)*$/u;

/** Counts per key from one published CSV (one sex per file: "KOBIETA" or "MĘŻCZYZNA"). */
export function parseRegisterCsv(text: string, sex: 'KOBIETA' | 'MĘŻCZYZNA'): Map<string, number> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== HEADER) throw new Error(`unexpected header: ${lines[0]}`);
  const counts = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    const fields = line.split(',');
    if (fields.length !== 3 || fields[1] !== sex || !/^\d+$/.test(fields[2])) throw new Error(`line ${i + 2}: unexpected row "${line}"`);
    const key = nameKey(fields[0].trim());
    if (!NAME.test(key)) return;
    counts.set(key, (counts.get(key) ?? 0) + Number(fields[2]));
  });
  return counts;
}

export function registerNames(female: ReadonlyMap<string, number>, male: ReadonlyMap<string, number>): RegisterName[] {
  const keys = new Set([...female.keys(), ...male.keys()]);
  return [...keys].map((key) => ({ key, female: female.get(key) ?? 0, male: male.get(key) ?? 0 }));
}

export function sexOf(n: RegisterName): Sex {
  const all = n.female + n.male;
  if (n.female >= SEX_SHARE * all) return 'f';
  if (n.male >= SEX_SHARE * all) return 'm';
  return 'x';
}

/** The sex the "-a" ending gives a name the table does not hold (the engine's fallback). */
export const endsInA = (key: string) => key.endsWith('a');

/** How many bearers a name needs to be listed, by what its entry decides (see the header). */
export function cutFor(key: string, sex: Sex): number {
  if (endsInA(key) && sex !== 'f') return EXCEPTION_CUT;
  if (sex === 'f' && !endsInA(key)) return WOMEN_SEX_CUT;
  if (sex === 'm') return MEN_SEX_CUT;
  return RECOGNITION_CUT;
}

export function tableEntries(names: readonly RegisterName[]): TableEntry[] {
  return names
    .filter((n) => n.female + n.male >= cutFor(n.key, sexOf(n)))
    .map((n) => ({ key: n.key, sex: sexOf(n) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The packed form (decoded by src/engine/greeting/first-name.ts): entries sorted by key, each one
 * digit (how many leading characters it shares with the key before it, at most 9), the rest of the
 * key, and a mark: none when the sex is the one the ending suggests (female for "-a", male
 * otherwise), "!" for the other sex, "?" for either.
 */
export function packTable(entries: readonly TableEntry[]): string {
  let previous = '';
  return entries
    .map(({ key, sex }) => {
      let shared = 0;
      while (shared < 9 && shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
      previous = key;
      const usual: Sex = endsInA(key) ? 'f' : 'm';
      return `${shared}${key.slice(shared)}${sex === 'x' ? '?' : sex === usual ? '' : '!'}`;
    })
    .join('');
}

export type SourceInfo = { female: string; male: string; femaleSha256: string; maleSha256: string };

/** The generated TypeScript module, header first: it is never edited by hand. */
export function renderModule(entries: readonly TableEntry[], source: SourceInfo): string {
  const count = (sex: Sex) => entries.filter((e) => e.sex === sex).length;
  return `/**
 * GENERATED by scripts/data/first-names.mjs from the PESEL register: do not edit by hand.
 *
 * Source: Ministerstwo Cyfryzacji, "Lista imion występujących w rejestrze PESEL – osoby żyjące",
 *   https://dane.gov.pl/pl/dataset/1667 (imię pierwsze, lists of women and of men), state of the
 *   register of 20 January 2026; files: scripts/data/sources/ (README.md there: provenance, SHA-256).
 *   ${source.female} ${source.femaleSha256}
 *   ${source.male} ${source.maleSha256}
 * Licence: CC0 1.0, as dane.gov.pl publishes the dataset; official material, outside copyright
 *   under art. 4 pkt 2 of the Polish copyright act (ustawa o prawie autorskim i prawach pokrewnych).
 *
 * ${entries.length} names: ${count('f')} female, ${count('m')} male, ${count('x')} borne by both sexes (no
 * ${Math.round(SEX_SHARE * 100)} % majority). Listed: names in -a that are not mostly female with ≥ ${EXCEPTION_CUT} bearers,
 * women's names not in -a with ≥ ${WOMEN_SEX_CUT}, men's names not in -a with ≥ ${MEN_SEX_CUT}, the rest with ≥ ${RECOGNITION_CUT}.
 * Format: see packTable in scripts/data/pesel-first-names.ts.
 */
export const PESEL_FIRST_NAMES =
${wrap(packTable(entries)).map((line) => `  '${line}'`).join(' +\n')};
`;
}

/** Lines of about 100 characters, broken before an entry (a digit), so a yearly refresh gives a readable diff. */
function wrap(packed: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i < packed.length; i++) {
    if (i - start >= 100 && /\d/.test(packed[i])) {
      lines.push(packed.slice(start, i));
      start = i;
    }
  }
  lines.push(packed.slice(start));
  return lines;
}
