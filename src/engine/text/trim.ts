/**
 * Trailing characters removed by a scan from the end. A regex such as `/[,.!:;\s]+$/` does the
 * same in the common case, but on a run of those characters followed by something else
 * ("a.,.,.,…b") it retries from every position of the run: quadratic (22.5 s on 100 KB). These
 * helpers look at each character once.
 */

/** JavaScript's `\s` (U+00A0 and the other Unicode spaces included), by UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the trailing run of `chars` (and of white space, when `spaces`) starts in `s`. */
export function trailingRunStart(s: string, chars: string, spaces = false): number {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (!(chars.includes(s[end - 1]) || (spaces && isSpaceCode(c)))) break;
    end--;
  }
  return end;
}

/** `s` without its trailing `chars` (and white space, when `spaces`): `/[chars\s]+$/` replaced by ''. */
export function trimTrailing(s: string, chars: string, spaces = false): string {
  const end = trailingRunStart(s, chars, spaces);
  return end === s.length ? s : s.slice(0, end);
}

/** White space that `\s+` -> " " would change: anything but a single U+0020. Linear: one or two characters per position. */
const NEEDS_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Runs of white space as one space: `s.replace(/\s+/g, ' ')` without copying a string that has none to collapse. */
export function collapseSpaces(s: string): string {
  // One character (the line break between two tags of Outlook's markup) is the commonest text node.
  if (s.length === 1) return isSpaceCode(s.charCodeAt(0)) ? ' ' : s;
  return NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
