/**
 * The text promises an attachment that is not there (002 line 117: before sending, make sure
 * the message holds everything it needs). Only the clerk's own text counts: "w załączniku" in
 * the quoted thread speaks of the citizen's file. Words that negate, request or point elsewhere
 * ("bez załącznika", "proszę o przesłanie załącznika", "Pana załącznik", "załącznik nr 2 do
 * uchwały") do not count — the tables in data/attachment-words.ts say which.
 */
import { defineRule } from '../types';
import type { Sentence, Word } from '../parse/body';
import { ADDRESSEE_POSSESSIVES, ATTACHMENT_PREFIXES, ATTACHMENT_WORDS, LEGAL_ACTS, NOT_THIS_EMAIL_BEFORE, REQUESTS_RIGHT_BEFORE } from './data/attachment-words';

const CUES = new Set(ATTACHMENT_WORDS);
const NOT_THIS_EMAIL = new Set(NOT_THIS_EMAIL_BEFORE);
const REQUESTS = new Set(REQUESTS_RIGHT_BEFORE);
const POSSESSIVES = new Set(ADDRESSEE_POSSESSIVES);
const ACTS = new Set(LEGAL_ACTS);

const lower = (w: Word | undefined) => (w ? w.text.toLowerCase() : '');

/**
 * Where a cue may start: the first four letters of every cue, found by one regex pass over the
 * own text, so a 1 MB body costs one scan, not a lower-cased copy of every word.
 */
const CUE_START = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set([...ATTACHMENT_PREFIXES, ...ATTACHMENT_WORDS].map((w) => w.slice(0, 4)))].join('|')})`,
  'giu',
);

/** The last item whose start is at or before `at` (items sorted by start). */
function itemAt<T extends { start: number }>(items: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= at) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isCue(word: string): boolean {
  return CUES.has(word) || ATTACHMENT_PREFIXES.some((p) => word.startsWith(p));
}

/** True when the context shows the cue is not about a file in this e-mail. */
function isExcused(text: string, words: readonly Word[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 3), i).map(lower);
  if (before.some((w) => NOT_THIS_EMAIL.has(w))) return true;
  if (before.slice(-2).some((w) => REQUESTS.has(w))) return true;
  // "Pana załącznik", but not the greeting "Szanowna Pani, załączam …".
  if (i > 0 && POSSESSIVES.has(before[before.length - 1]) && text.slice(words[i - 1].end, words[i].start).trim() === '') return true;
  const after = words.slice(i + 1, i + 6).map(lower);
  const to = after.indexOf('do');
  if (to < 0 || to > 2) return false; // "załącznik do …", "załącznik nr 2 do …"
  const next = after.slice(to + 1, to + 3);
  return POSSESSIVES.has(next[0]) || next.some((w) => ACTS.has(w));
}

export const rule = defineRule({
  id: 'attachment-missing',
  meta: {
    category: 'attachments',
    severity: 'warning',
    standard: { doc: '002', line: 117, cite: 'Przed wysyłką upewnij się, czy zawarte są w nim wszystkie niezbędne informacje' },
    docs: {
      pl: 'Tekst zapowiada załącznik („w załączniku”, „załączam”), a do wiadomości nie dodano pliku.',
      en: 'The text announces an attachment (“w załączniku”, “attached”) but no file is attached.',
    },
    messages: ['missing'],
    defaultOptions: {},
  },
  check(message, { body }) {
    // Inline images (logos, pasted screenshots) are not what "w załączniku" promises.
    if (message.attachments.some((a) => !a.isInline)) return [];
    const re = new RegExp(CUE_START.source, CUE_START.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(body.ownText)) !== null) {
      const sentence: Sentence | undefined = itemAt(body.sentences, m.index);
      if (!sentence) continue;
      const words = sentence.words.filter((w) => w.kind === 'word');
      const i = words.findIndex((w) => w.start === m!.index);
      if (i < 0 || !isCue(lower(words[i])) || isExcused(body.text, words, i)) continue;
      const w = words[i];
      return [{ messageId: 'attachment-missing/missing', data: { word: w.text }, location: { field: 'body', start: w.start, end: w.end } }];
    }
    return [];
  },
});
