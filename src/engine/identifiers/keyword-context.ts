/**
 * Whether a keyword begins within a bounded window before a position: the context test that
 * sensitive-data asks of ID card and passport numbers. Only the window is read (and lower-cased),
 * so the cost per number is bounded by the window and the keyword list, never by the text.
 */
const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/**
 * True when one of `keywords` (lower case) starts at a word start within `window` characters
 * before `position`, unless the text there begins one of the `unless` phrases.
 */
export function keywordBefore(text: string, position: number, keywords: readonly string[], window: number, unless: readonly string[] = []): boolean {
  const from = Math.max(0, position - window);
  // Any run of spaces, tabs, no-break spaces or line breaks reads as one space ("seria i\nnumer").
  const before = text.slice(from, position).toLocaleLowerCase('pl').replace(/\s+/g, ' ');
  for (const keyword of keywords) {
    for (let i = before.indexOf(keyword); i >= 0; i = before.indexOf(keyword, i + 1)) {
      const previous = i === 0 ? text[from - 1] : before[i - 1];
      if (!isLetter(previous) && !unless.some((phrase) => before.startsWith(phrase, i))) return true;
    }
  }
  return false;
}
