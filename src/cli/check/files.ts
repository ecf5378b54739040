/**
 * The file arguments: literal paths stay as given (so a missing file is reported by name), glob
 * patterns expand through tinyglobby; a pattern that matches nothing is an error like a missing file.
 */
import { globSync, isDynamicPattern } from 'tinyglobby';

export type FileArg = { path: string } | { pattern: string; empty: true };

export function expandFiles(args: readonly string[], cwd: string = process.cwd()): FileArg[] {
  const seen = new Set<string>();
  const out: FileArg[] = [];
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path });
  };
  for (const arg of args) {
    if (!isDynamicPattern(arg)) {
      add(arg);
      continue;
    }
    // tinyglobby wants forward slashes even on Windows; sorted for a stable report order.
    const matches = globSync(arg.replace(/\\/g, '/'), { cwd, onlyFiles: true, dot: false, expandDirectories: false }).sort();
    if (matches.length === 0) out.push({ pattern: arg, empty: true });
    for (const m of matches) add(m);
  }
  return out;
}
