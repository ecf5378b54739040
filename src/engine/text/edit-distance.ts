/**
 * Edit distance between short strings (domains), Damerau style: insert, delete, substitute,
 * or swap two neighbouring characters ("gmial" -> "gmail" is one edit, as a typist sees it).
 */

/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein). Quadratic in the lengths,
 * so meant for short strings; `max` stops early once every path is longer than it and returns
 * `max + 1`, which keeps comparisons against long lists cheap.
 */
export function damerauDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let beforePrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrev[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [beforePrev, prev, cur] = [prev, cur, beforePrev];
  }
  return Math.min(prev[n], max + 1);
}

/**
 * True when a and b differ by exactly one edit (insert, delete, substitute, or one swap of
 * neighbours). Linear: one pass from each end, so comparing every pair of 500 recipient
 * domains stays cheap.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  // Common prefix and common suffix; what is left in the middle must be one edit.
  let p = 0;
  while (p < la && p < lb && a[p] === b[p]) p++;
  let s = 0;
  while (s < la - p && s < lb - p && a[la - 1 - s] === b[lb - 1 - s]) s++;
  const midA = la - p - s;
  const midB = lb - p - s;
  if (midA + midB === 1) return true; // one insertion or deletion
  if (midA === 1 && midB === 1) return true; // one substitution
  // One swap of neighbours: "ai" <-> "ia".
  return midA === 2 && midB === 2 && a[p] === b[p + 1] && a[p + 1] === b[p];
}
