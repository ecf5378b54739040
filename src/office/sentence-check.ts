/**
 * Where did Outlook put a sentence inserted at the caret? Outlook's setSelectedDataAsync writes at
 * the caret when there is one and at the top of the body when the caret never was there (its
 * docs), and a caret may stand in the quoted thread. Comparing the engine's text before and after
 * tells: the one changed region must hold exactly the sentence, lose nothing, and start inside the
 * own text below its first line (the greeting) and above the signature and the thread.
 */
import type { ParsedBody } from '../engine/parse/body';
import { openingLine } from '../engine/greeting/opening';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function landedInOwnText(before: ParsedBody, after: string, sentence: string): boolean {
  const a = before.text;
  const limit = Math.min(a.length, after.length);
  let p = 0;
  while (p < limit && a[p] === after[p]) p++;
  let q = 0;
  while (q < limit - p && a[a.length - 1 - q] === after[after.length - 1 - q]) q++;
  const removed = a.slice(p, a.length - q);
  const inserted = after.slice(p, after.length - q);
  if (removed.trim() !== '' || squash(inserted) !== squash(sentence)) return false;
  // Below the first line of the own text (the greeting, or the first line the clerk wrote).
  const first = openingLine(before);
  if (!first || p <= first.start + (first.text.length - first.text.trimStart().length)) return false;
  return p <= before.own.end;
}
