/**
 * The register's whole first-name table as the command line reads it (src/cli/first-names.ts: the
 * committed src/engine/rules/data/first-names.txt), for tests that check what the pane, the send
 * check and the CLI see when the file is there. Fails loudly rather than falling back.
 */
import { packagedFirstNames } from '../../src/cli/first-names';
import type { FirstNameTable } from '../../src/engine/greeting/first-name-table';

export function registerFirstNames(): FirstNameTable {
  const table = packagedFirstNames();
  if (table.scope !== 'whole') throw new Error('src/engine/rules/data/first-names.txt did not load: run npm run data:names');
  return table;
}
