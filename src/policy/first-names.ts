/**
 * Loads the PESEL register's whole first-name table (first-names.txt, which the build puts beside
 * the add-in, next to the office's policy.json) for the task pane, the preview and the send check:
 * fetched in parallel with the policy, within the same time budget, and handed to the engine in
 * its config (the engine never fetches). Fail-open: a missing, slow or broken file leaves the
 * compact table every bundle carries, which only lowers recall (with it the engine makes no finding
 * the register's table would not).
 */
import { COMPACT_FIRST_NAMES, parseFirstNamesText, type FirstNameTable } from '../engine/greeting/first-name-table';
import { fetchText, type LoadPolicyOptions, type PolicyState } from './load';

/** The file's name beside the add-in (dist/), and in the command line's package (lib/). */
export const FIRST_NAMES_FILE = 'first-names.txt';

export type LoadFirstNamesOptions = Pick<LoadPolicyOptions, 'url' | 'fetch' | 'timeoutMs'>;

/** Never rejects: the register's table, or the compact one when the file cannot be used. */
export async function loadFirstNames(options: LoadFirstNamesOptions): Promise<FirstNameTable> {
  try {
    return parseFirstNamesText(await fetchText(options));
  } catch {
    return COMPACT_FIRST_NAMES;
  }
}

/**
 * One load for many calls (the launch-event runtime may handle several sends): a loaded table is
 * kept; after a fallback the next call tries again, since the file may be back.
 */
export function loadFirstNamesOnce(load: () => Promise<FirstNameTable>): () => Promise<FirstNameTable> {
  let loaded: FirstNameTable | undefined;
  return async () => {
    if (loaded) return loaded;
    const table = await load();
    if (table !== COMPACT_FIRST_NAMES) loaded = table;
    return table;
  };
}

/** The policy in force with the first-name table the checks are to read. */
export function withFirstNames(policy: PolicyState, firstNames: FirstNameTable): PolicyState {
  return { ...policy, config: { ...policy.config, firstNames } };
}
