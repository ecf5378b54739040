/**
 * A first-name table: what the PESEL register says of each name (its bearers' sex, and whether the
 * name is established or rare), read from the text that scripts/data/first-names.mjs writes (format:
 * renderTable in scripts/data/pesel-first-names.ts). Two tables have this form:
 * - the register's, every name it publishes, served beside the add-in as first-names.txt; the task
 *   pane, the send check and the command line load it and pass it in (EngineConfig.firstNames);
 * - the compact cut embedded here (rules/data/first-names.ts), the table of every caller that passes
 *   none, and the fallback when the file cannot be loaded.
 * Reading is one linear pass with no regular expression; a text that is not a whole, sorted table of
 * this format is refused (FirstNamesTextError), never half read.
 */
import { COMPACT_FIRST_NAMES_TEXT } from '../rules/data/first-names';

export type Gender = 'female' | 'male';

/** What the register says of a first name: a sex, or "either" when no sex has 95 % of its bearers. */
export type NameSex = Gender | 'either';

/** One name's entry; `established`: borne by 100 people or more (a rare name is often somebody's surname too). */
export type NameInfo = { readonly sex: NameSex; readonly established: boolean };

export type FirstNameTable = {
  readonly names: ReadonlyMap<string, NameInfo>;
  /**
   * "whole": every name of the register, so a name the table lacks is none of its names and the
   * "-a" ending may be guessed from; "cut": the compact table, whose missing names may still be
   * the register's (rare men's names in -a among them), so nothing is guessed.
   */
  readonly scope: 'whole' | 'cut';
  /** The register's state the table was made from (YYYY-MM-DD). */
  readonly state: string;
};

export const FIRST_NAMES_MAGIC = 'etykieta-first-names 1';

/** Bigger is no table of ours (the register's is about 240 KB); the cap keeps a wrong file from filling memory. */
export const MAX_FIRST_NAMES_CHARS = 4_000_000;

export class FirstNamesTextError extends Error {
  override readonly name = 'FirstNamesTextError';
}

const INFO: Readonly<Record<NameSex, readonly [NameInfo, NameInfo]>> = {
  female: [Object.freeze({ sex: 'female', established: false }), Object.freeze({ sex: 'female', established: true })],
  male: [Object.freeze({ sex: 'male', established: false }), Object.freeze({ sex: 'male', established: true })],
  either: [Object.freeze({ sex: 'either', established: false }), Object.freeze({ sex: 'either', established: true })],
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const BANG = 33; // "!": the other sex than the ending suggests
const QUERY = 63; // "?": either

/**
 * Reads one packed section into `into`: per entry a digit (characters shared with the key before),
 * the rest of the key, and a mark (none: the sex the ending suggests, female for "-a" and male
 * otherwise; "!" the other one; "?" either). Keys must come in strictly ascending order.
 */
function decodeSection(packed: string, established: boolean, into: Map<string, NameInfo>): number {
  let previous = '';
  let entries = 0;
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    if (shared < 0 || shared > 9 || shared > previous.length) throw new FirstNamesTextError(`bad entry at ${i}`);
    let j = i + 1;
    while (j < packed.length && !isDigit(packed.charCodeAt(j)) && packed.charCodeAt(j) !== BANG && packed.charCodeAt(j) !== QUERY) j++;
    if (j === i + 1) throw new FirstNamesTextError(`empty key at ${i}`);
    const key = previous.slice(0, shared) + packed.slice(i + 1, j);
    if (key <= previous) throw new FirstNamesTextError(`"${key}" out of order`);
    const mark = packed.charCodeAt(j);
    const usual: Gender = key.charCodeAt(key.length - 1) === 97 ? 'female' : 'male';
    const sex: NameSex = mark === QUERY ? 'either' : mark === BANG ? (usual === 'female' ? 'male' : 'female') : usual;
    if (into.has(key)) throw new FirstNamesTextError(`"${key}" listed twice`);
    into.set(key, INFO[sex][established ? 1 : 0]);
    entries++;
    i = mark === BANG || mark === QUERY ? j + 1 : j;
    previous = key;
  }
  return entries;
}

type Section = { established: boolean; count: number; lines: string[] };

/** Reads a table; throws FirstNamesTextError on anything that is not one. */
export function parseFirstNamesText(text: string): FirstNameTable {
  if (typeof text !== 'string' || text.length > MAX_FIRST_NAMES_CHARS) throw new FirstNamesTextError('not a table');
  const lines = text.split('\n');
  if (lines[0].replace(/\r$/, '') !== FIRST_NAMES_MAGIC) throw new FirstNamesTextError('not a first-name table');
  let scope: FirstNameTable['scope'] | undefined;
  let state = '';
  const sections: Section[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line === '' || line.charCodeAt(0) === 35) continue; // "#": a comment
    const words = line.split(' ');
    if (words[0] === 'register' && words.length === 3 && (words[2] === 'whole' || words[2] === 'cut') && scope === undefined) {
      state = words[1];
      scope = words[2];
    } else if (words[0] === 'section' && words.length === 3 && (words[1] === 'established' || words[1] === 'rare') && /^\d{1,7}$/.test(words[2])) {
      if (sections.some((s) => s.established === (words[1] === 'established'))) throw new FirstNamesTextError(`section ${words[1]} twice`);
      sections.push({ established: words[1] === 'established', count: Number(words[2]), lines: [] });
    } else if (sections.length > 0 && !line.includes(' ')) {
      sections[sections.length - 1].lines.push(line);
    } else {
      throw new FirstNamesTextError(`line ${n + 1}: unexpected "${line.slice(0, 40)}"`);
    }
  }
  if (scope === undefined || sections.length !== 2) throw new FirstNamesTextError('incomplete table');
  const names = new Map<string, NameInfo>();
  for (const section of sections) {
    const decoded = decodeSection(section.lines.join(''), section.established, names);
    if (decoded !== section.count) throw new FirstNamesTextError(`section holds ${decoded} names, says ${section.count}`);
  }
  return { names, scope, state };
}

/** The compact table embedded in every bundle. */
export const COMPACT_FIRST_NAMES: FirstNameTable = parseFirstNamesText(COMPACT_FIRST_NAMES_TEXT);
