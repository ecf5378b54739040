/**
 * The length of a string in code points (what a reader counts: "👍" is one), without
 * `[...s]`, which builds an array of one string per character (a 1 MB subject: a million).
 */
export function codePointCount(s: string): number {
  let count = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) count--;
    }
  }
  return count;
}
