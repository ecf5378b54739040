/**
 * The text promises an attachment that is not there (002 line 117: before sending, make sure
 * the message holds everything it needs). Only the clerk's own text counts: "w załączniku" in
 * the quoted thread speaks of the citizen's file. Words that negate, request or point elsewhere
 * ("bez załącznika", "proszę o przesłanie załącznika", "Pana załącznik", "załącznik nr 2 do
 * uchwały") do not count — the tables in data/attachment-words.ts say which.
 */
import { defineRule } from '../types';
import type { Word } from '../parse/body';
import { ADDRESSEE_POSSESSIVES, ATTACHMENT_PREFIXES, ATTACHMENT_WORDS, LEGAL_ACTS, NOT_THIS_EMAIL_BEFORE, REQUESTS_RIGHT_BEFORE } from './data/attachment-words';

const CUES = new Set(ATTACHMENT_WORDS);
const NOT_THIS_EMAIL = new Set(NOT_THIS_EMAIL_BEFORE);
const REQUESTS = new Set(REQUESTS_RIGHT_BEFORE);
const POSSESSIVES = new Set(ADDRESSEE_POSSESSIVES);
const ACTS = new Set(LEGAL_ACTS);

const lower = (w: Word | undefined) => (w ? w.text.toLocaleLowerCase('pl') : '');

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
    for (const sentence of body.sentences) {
      const words = sentence.words.filter((w) => w.kind === 'word');
      for (let i = 0; i < words.length; i++) {
        if (!isCue(lower(words[i])) || isExcused(body.text, words, i)) continue;
        const w = words[i];
        return [{ messageId: 'attachment-missing/missing', data: { word: w.text }, location: { field: 'body', start: w.start, end: w.end } }];
      }
    }
    return [];
  },
});
