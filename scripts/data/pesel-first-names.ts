/**
 * Derives the first-name tables from the PESEL register's lists of first names of living persons
 * (dane.gov.pl, dataset 1667; sources/README.md says which files, from where, of what date and
 * under what licence). `node scripts/data/first-names.mjs` writes both tables, `--check` sees
 * that the committed ones are what the sources give. Two tables, one format (see renderTable):
 *
 * - the REGISTER table, src/engine/rules/data/first-names.txt: every name the register publishes
 *   (62,000 names, all counts). It is served beside the add-in (dist/first-names.txt, loaded in
 *   parallel with policy.json) and read from the package by the command line;
 * - the COMPACT table, src/engine/rules/data/first-names.ts: a cut of the same names that travels
 *   inside the launch-event and task-pane bundles, used when the register table cannot be loaded.
 *
 * What a table says of a name:
 * - female or male only when at least 95 % of its bearers are (SEX_SHARE); a name borne by both
 *   sexes is "either", so that no ending rule guesses for it;
 * - whether the name is ESTABLISHED (≥ 100 bearers) or rare. Many surnames are also a first name of
 *   a few people ("Lis" of 13 women, "Krupa" of 2), so in "Krupa Piotr" the established name is the
 *   given one (src/engine/greeting/display-name.ts).
 * The compact table holds only names whose entry earns its bytes (the task pane's budget sets the cuts):
 *   EXCEPTION_CUT   names in -a that are not mostly female (Mustafa, Luca, Nika);
 *   WOMEN_SEX_CUT   women's names not in -a (Ines, Naomi, Astrid);
 *   MEN_SEX_CUT     men's names not in -a (Piotr, Hamid): most of the register and of the bytes;
 *   RECOGNITION_CUT the rest (Anna; Kim, borne by both sexes): names the display-name parser must
 *                   know to find the first name in "Nowak Anna" and the vocative "Anno";
 *   and, whatever their count, names of which the compact table's fallbacks would say the sex the
 *   register contradicts (the double name "Kai-Ting" read as "Kai"; "Mayowa" read as a surname in -owa).
 * Since the compact table is cut, a name it lacks may still be in the register, so with it alone the
 * engine never guesses a sex from the "-a" ending (src/engine/greeting/gender.ts): a missing register
 * table lowers recall and never adds a false alarm.
 * Keys are lower-cased the Polish way, NFC, without the combining dot that Turkish "İ" leaves;
 * only names of letters (and hyphens between them) are kept, so rows such as "BRAK DANYCH" go.
 */

import { genderOfSurname } from '../../src/engine/greeting/surname';

export type Sex = 'f' | 'm' | 'x';

export type RegisterName = { key: string; female: number; male: number };

export type TableEntry = { key: string; sex: Sex; established: boolean };

export const SEX_SHARE = 0.95;
export const ESTABLISHED_CUT = 100;
export const EXCEPTION_CUT = 20;
export const WOMEN_SEX_CUT = 75;
export const MEN_SEX_CUT = 200;
export const RECOGNITION_CUT = 2000;

/** The state of the register the committed source files give (sources/README.md). */
export const REGISTER_STATE = '2026-01-20';

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

export const bearers = (n: RegisterName) => n.female + n.male;

export function sexOf(n: RegisterName): Sex {
  const all = bearers(n);
  if (n.female >= SEX_SHARE * all) return 'f';
  if (n.male >= SEX_SHARE * all) return 'm';
  return 'x';
}

/** The sex the "-a" ending gives a name (the packed format's default, and the engine's guess). */
export const endsInA = (key: string) => key.endsWith('a');

/** How many bearers a name needs to be in the compact table, by what its entry decides (see the header). */
export function cutFor(key: string, sex: Sex): number {
  if (endsInA(key) && sex !== 'f') return EXCEPTION_CUT;
  if (sex === 'f' && !endsInA(key)) return WOMEN_SEX_CUT;
  if (sex === 'm') return MEN_SEX_CUT;
  return RECOGNITION_CUT;
}

const byKey = (a: TableEntry, b: TableEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const entryOf = (n: RegisterName): TableEntry => ({ key: n.key, sex: sexOf(n), established: bearers(n) >= ESTABLISHED_CUT });

/** The register table: every name, sorted by key (UTF-16 code units). */
export function registerEntries(names: readonly RegisterName[]): TableEntry[] {
  return names.map(entryOf).sort(byKey);
}

const SEX_OF_GENDER = { female: 'f', male: 'm' } as const;

/**
 * What the engine says of a name the compact table does not hold, from the table's other entries:
 * the first part of a double name ("Kai-Ting" as "Kai"), else the surname form the name has where it
 * stands in a surname's place ("Nowak Mayowa": "-owa").
 */
function compactFallback(key: string, listed: ReadonlyMap<string, Sex>): Sex | undefined {
  const dash = key.indexOf('-');
  const firstPart = dash > 0 ? listed.get(key.slice(0, dash)) : undefined;
  if (firstPart) return firstPart;
  const marked = genderOfSurname(key);
  return marked && SEX_OF_GENDER[marked];
}

/**
 * The compact table: the names above their class's cut, and every name, however rare, of which the
 * compact table's fallbacks would say a sex the register contradicts ("Kai-Ting" is a woman's name,
 * "Kai" a man's), so that the compact table never says what the register's table would not.
 */
export function compactEntries(names: readonly RegisterName[]): TableEntry[] {
  const listed = new Map(names.filter((n) => bearers(n) >= cutFor(n.key, sexOf(n))).map((n) => [n.key, sexOf(n)]));
  for (const n of names) {
    const fallback = listed.has(n.key) ? undefined : compactFallback(n.key, listed);
    if (fallback && fallback !== 'x' && fallback !== sexOf(n)) listed.set(n.key, sexOf(n));
  }
  return names
    .filter((n) => listed.has(n.key))
    .map(entryOf)
    .sort(byKey);
}

/**
 * The packed form of one section (decoded by src/engine/greeting/first-name-table.ts): entries
 * sorted by key, each one digit (how many leading characters it shares with the key before it, at
 * most 9), the rest of the key, and a mark: none when the sex is the one the ending suggests
 * (female for "-a", male otherwise), "!" for the other sex, "?" for either.
 */
export function packTable(entries: readonly TableEntry[]): string {
  let previous = '';
  return entries
    .map(({ key, sex }) => {
      if (/[\d!?\s]/.test(key)) throw new Error(`a table cannot hold the key "${key}"`);
      let shared = 0;
      while (shared < 9 && shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
      previous = key;
      const usual: Sex = endsInA(key) ? 'f' : 'm';
      return `${shared}${key.slice(shared)}${sex === 'x' ? '?' : sex === usual ? '' : '!'}`;
    })
    .join('');
}

export type Scope = 'whole' | 'cut';

/** The first line of every table: the format and its version. */
export const MAGIC = 'etykieta-first-names 1';

/**
 * A table as text, the one format of both tables (read by parseFirstNamesText in
 * src/engine/greeting/first-name-table.ts):
 *   etykieta-first-names 1
 *   # comment lines
 *   register 2026-01-20 whole          (the register's state; "whole" or "cut")
 *   section established 3673           (names with ≥ 100 bearers, then their packed lines)
 *   0aaliyah!2ron1bdalla!3ul5a!…
 *   section rare 58489                 (the rest)
 *   …
 * The packed text of a section is wrapped into lines of about 100 characters, broken before an
 * entry (a digit), so a yearly refresh gives a readable diff; a reader joins them back.
 */
export function renderTable(entries: readonly TableEntry[], scope: Scope, comments: readonly string[] = []): string {
  const lines = [MAGIC, ...comments.map((c) => `# ${c}`.trimEnd()), `register ${REGISTER_STATE} ${scope}`];
  for (const [name, established] of [['established', true], ['rare', false]] as const) {
    const section = entries.filter((e) => e.established === established);
    lines.push(`section ${name} ${section.length}`, ...wrap(packTable(section)));
  }
  return `${lines.join('\n')}\n`;
}

export type SourceInfo = { female: string; male: string; femaleSha256: string; maleSha256: string };

const count = (entries: readonly TableEntry[], sex: Sex) => entries.filter((e) => e.sex === sex).length;

function provenance(source: SourceInfo): string[] {
  return [
    'GENERATED by scripts/data/first-names.mjs from the PESEL register: do not edit by hand.',
    '',
    'Source: Ministerstwo Cyfryzacji, "Lista imion występujących w rejestrze PESEL – osoby żyjące",',
    '  https://dane.gov.pl/pl/dataset/1667 (imię pierwsze, lists of women and of men), state of the',
    '  register of 20 January 2026; files: scripts/data/sources/ (README.md there: provenance, SHA-256).',
    `  ${source.female} ${source.femaleSha256}`,
    `  ${source.male} ${source.maleSha256}`,
    'Licence: CC0 1.0, as dane.gov.pl publishes the dataset; official material, outside copyright',
    '  under art. 4 pkt 2 of the Polish copyright act (ustawa o prawie autorskim i prawach pokrewnych).',
    '',
  ];
}

function summary(entries: readonly TableEntry[]): string {
  return `${entries.length} names: ${count(entries, 'f')} female, ${count(entries, 'm')} male, ${count(entries, 'x')} borne by both sexes (no ${Math.round(SEX_SHARE * 100)} % majority).`;
}

/** The register table's file (src/engine/rules/data/first-names.txt). */
export function renderRegisterFile(entries: readonly TableEntry[], source: SourceInfo): string {
  return renderTable(entries, 'whole', [
    ...provenance(source),
    `Every first name the register publishes: ${summary(entries)}`,
    `Established names (≥ ${ESTABLISHED_CUT} bearers) first, then the rare ones. Format: renderTable in scripts/data/pesel-first-names.ts.`,
  ]);
}

/** The compact table's TypeScript module (src/engine/rules/data/first-names.ts), header first. */
export function renderModule(entries: readonly TableEntry[], source: SourceInfo): string {
  const text = renderTable(entries, 'cut');
  const lines = text.slice(0, -1).split('\n');
  const comment = [
    ...provenance(source),
    `The compact table (the register's is first-names.txt beside this file): ${summary(entries)}`,
    `Listed: names in -a that are not mostly female with ≥ ${EXCEPTION_CUT} bearers, women's names not in -a with ≥ ${WOMEN_SEX_CUT},`,
    `men's names not in -a with ≥ ${MEN_SEX_CUT}, the rest with ≥ ${RECOGNITION_CUT}. Format: renderTable in scripts/data/pesel-first-names.ts.`,
  ];
  return `/**
${comment.map((c) => ` * ${c}`.trimEnd()).join('\n')}
 */
export const COMPACT_FIRST_NAMES_TEXT =
${lines.map((line) => `  '${line}\\n'`).join(' +\n')};
`;
}

/** Lines of about 100 characters, broken before an entry (a digit). */
function wrap(packed: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i < packed.length; i++) {
    if (i - start >= 100 && packed.charCodeAt(i) >= 48 && packed.charCodeAt(i) <= 57) {
      lines.push(packed.slice(start, i));
      start = i;
    }
  }
  if (start < packed.length) lines.push(packed.slice(start));
  return lines;
}
