/**
 * The register's whole first-name table for `etykieta check` and `etykieta audit`, read from the
 * package, never from the network: lib/first-names.txt beside the bundle (scripts/build-cli.mjs
 * copies it there), or, run from the sources, src/engine/rules/data/first-names.txt. Read once per
 * process. A missing or broken file leaves the compact table, as the add-in does without its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPACT_FIRST_NAMES, parseFirstNamesText, type FirstNameTable } from '../engine/greeting/first-name-table';
import { FIRST_NAMES_FILE } from '../policy/first-names';

/** lib/ of the package (the bundle's own folder), then the repository's copy seen from src/cli or from lib/. */
export function firstNamesCandidates(dir: string = __dirname): string[] {
  return [join(dir, FIRST_NAMES_FILE), join(dir, '..', 'engine', 'rules', 'data', FIRST_NAMES_FILE), join(dir, '..', 'src', 'engine', 'rules', 'data', FIRST_NAMES_FILE)];
}

export function readFirstNames(paths: readonly string[]): FirstNameTable {
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    try {
      return parseFirstNamesText(text);
    } catch {
      return COMPACT_FIRST_NAMES;
    }
  }
  return COMPACT_FIRST_NAMES;
}

let packaged: FirstNameTable | undefined;

export function packagedFirstNames(): FirstNameTable {
  packaged ??= readFirstNames(firstNamesCandidates());
  return packaged;
}
