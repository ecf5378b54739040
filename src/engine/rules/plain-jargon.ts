/**
 * Office jargon in the own text, with the plain word to write instead (002 line 125: avoid terms
 * citizens may not understand; 000 § 8 ust. 2 pkt 3). The table (data/jargon.ts) names word
 * families, so every form is caught ("uiścić", "uiszczać", "uiszczenia", "uiszczona"), and gives
 * automatic text only for the forms, and in the contexts, where it is right Polish (contract § 9):
 * - swap: the form has a swap and the sentence meets the entry's `when` -> a replaceText fix;
 * - rewrite: a swap or hint exists, but here it would break the sentence (another case after it,
 *   a form that needs its noun) -> the finding names the wording, the clerk adapts the sentence;
 * - explain: nothing to offer but the reason.
 * A swap is looked up by the form as written. A text typed without Polish letters ("uiscic") is
 * still caught, but gets no automatic text: the letters it lacks are what tells "niniejsza
 * decyzja" (ta) from "niniejszą decyzją" (tą), so the finding names the swap instead.
 * The quoted thread is never looked at: the citizen's or another office's words are not ours.
 */
import { defineRule, type Report } from '../types';
import type { Sentence } from '../parse/body';
import { compilePhrases, foldedSentenceWords, foldWord, phrasesInSentences, type SentenceMatch } from '../text/phrases';
import { FIRST_PERSON_ENDINGS, JARGON, NEW_CLAUSE_WORDS, PREPOSITIONS, type JargonEntry, type SwapContext } from './data/jargon';

type Compiled = {
  entry: JargonEntry;
  dot: boolean;
  /** Lower-case form (words joined by one space) -> swap. */
  exact: ReadonlyMap<string, string>;
  /** Folded form -> swap: what a text typed without Polish letters would have had. */
  folded: ReadonlyMap<string, string>;
};

function compileEntry(entry: JargonEntry): Compiled {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const [form, to] of Object.entries(entry.swaps ?? {})) {
    const lower = form.toLocaleLowerCase('pl');
    exact.set(lower, to);
    folded.set(lower.split(' ').map(foldWord).join(' '), to);
  }
  return { entry, dot: entry.from.endsWith('.'), exact, folded };
}

/** `ww.` is the word `ww` followed by a dot in the text; the dot is part of what is replaced. */
const matcher = compilePhrases(
  JARGON.map((entry) => {
    const value = compileEntry(entry);
    return { phrase: value.dot ? entry.from.slice(0, -1) : entry.from, value };
  }),
);

/** The replacement with the first-letter case of the text it replaces ("W związku…" -> "Dlatego"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toLocaleLowerCase('pl') && replacement !== '') {
    return replacement.charAt(0).toLocaleUpperCase('pl') + replacement.slice(1);
  }
  return replacement;
}

const NEW_CLAUSE: ReadonlySet<string> = new Set(NEW_CLAUSE_WORDS.map(foldWord));
const AFTER_PREPOSITION: ReadonlySet<string> = new Set(PREPOSITIONS.map(foldWord));
const REQUEST_NEXT: ReadonlySet<string> = new Set(['o', 'aby', 'by', 'zeby']);
/** Punctuation that ends a clause: what may stand between the phrase and the next word. */
const CLAUSE_PUNCTUATION = /[,.;:!?()–—"„”]/;

type Around = { clauseEnds: boolean; next?: string; nextWord?: string; isFirst: boolean };

/** What follows the match [first, last] in the sentence, and whether it opens the sentence. */
function around(sentence: Sentence, folded: readonly string[], first: number, last: number, end: number, text: string): Around {
  const following = sentence.words[last + 1];
  const gap = text.slice(end, following ? following.start : sentence.end);
  const clauseEnds = !following || CLAUSE_PUNCTUATION.test(gap);
  return { clauseEnds, next: following ? folded[last + 1] : undefined, nextWord: following?.text.toLocaleLowerCase('pl'), isFirst: first === 0 };
}

function allowed(when: SwapContext, a: Around): boolean {
  switch (when) {
    case 'any':
      return true;
    case 'clause-end':
      return a.clauseEnds;
    case 'preposition':
      return a.clauseEnds || (a.next !== undefined && AFTER_PREPOSITION.has(a.next));
    case 'new-clause':
      return a.clauseEnds || (a.next !== undefined && NEW_CLAUSE.has(a.next)) || (a.nextWord !== undefined && FIRST_PERSON_ENDINGS.some((e) => a.nextWord!.endsWith(e)));
    case 'request':
      return a.clauseEnds || (a.next !== undefined && REQUEST_NEXT.has(a.next));
    case 'infinitive':
      return !a.clauseEnds && a.next !== undefined && a.next.endsWith('c');
    case 'conjunction':
      return !a.isFirst && a.next !== 'to';
    case 'not-citation':
      return a.next === undefined || !a.next.startsWith('dz');
  }
}

/** The swap for the form as written ("exact"), or the one it would have with its Polish letters ("hint": named, never applied). */
function swapFor(c: Compiled, written: string, folded: string): { to: string; exact: boolean } | undefined {
  const exact = c.exact.get(written);
  if (exact !== undefined) return { to: exact, exact: true };
  const hint = c.folded.get(folded);
  return hint === undefined ? undefined : { to: hint, exact: false };
}

function formOf(sentence: Sentence, folded: readonly string[], first: number, last: number) {
  const written = sentence.words
    .slice(first, last + 1)
    .map((w) => w.text.toLocaleLowerCase('pl'))
    .join(' ');
  return { written, folded: folded.slice(first, last + 1).join(' ') };
}

/**
 * The longest entry at a word wins, but it may hold neither a swap for this form nor a hint while
 * a shorter one does ("przedmiotowa nieruchomość": the two-word entry lists "przedmiotową
 * nieruchomość" only, the one-word entry turns "przedmiotowa" into "ta"). Shorter matches from
 * the same word are tried, longest first; a phrase is a few words, so this stays linear.
 */
function withSwap(longest: SentenceMatch<Compiled>, sentence: Sentence, folded: readonly string[]): SentenceMatch<Compiled> {
  // An entry's own hint is its word for this context ("stosownie do": rewrite with "zgodnie z"), so it stays.
  const hasSwap = (m: SentenceMatch<Compiled>) => {
    const { written, folded: f } = formOf(sentence, folded, m.first, m.last);
    return swapFor(m.value, written, f)?.exact === true || m.value.entry.hint !== undefined;
  };
  if (hasSwap(longest)) return longest;
  for (let last = longest.last - 1; last >= longest.first; last--) {
    const found = matcher.find(folded.slice(longest.first, last + 1)).find((m) => m.first === 0 && m.last === last - longest.first);
    if (!found) continue;
    const shorter = { ...longest, value: found.value, last, end: sentence.words[last].end };
    if (hasSwap(shorter)) return shorter;
  }
  return longest;
}

export const rule = defineRule({
  id: 'plain-jargon',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj terminów potencjalnie niezrozumiałych dla klientów' },
    docs: {
      pl: 'Zamiast urzędowych zwrotów („uiścić opłatę”, „tutejszy organ”, „w dniu dzisiejszym”) pisz prostymi słowami („zapłacić opłatę”, „urząd”, „dziś”).',
      en: 'Write plain words instead of office jargon (“uiścić opłatę”, “tutejszy organ”, “w dniu dzisiejszym” become “zapłacić opłatę”, “urząd”, “dziś”).',
    },
    messages: ['swap', 'rewrite', 'explain'],
    fixable: true,
    defaultOptions: {},
  },
  check(_message, { body }) {
    const reports: Report[] = [];
    const foldedWords = foldedSentenceWords(body.sentences, body.text);
    for (const longest of phrasesInSentences(matcher, body.sentences, body.text)) {
      const sentence = body.sentences[longest.sentence];
      const match = withSwap(longest, sentence, foldedWords[longest.sentence]);
      const c = match.value;
      let end = match.end;
      if (c.dot) {
        if (body.text[end] !== '.') continue;
        end += 1;
      }
      const phrase = body.text.slice(match.start, end);
      const { written, folded } = formOf(sentence, foldedWords[match.sentence], match.first, match.last);
      const data = { phrase, notePl: c.entry.note.pl, noteEn: c.entry.note.en };
      const location = { field: 'body' as const, start: match.start, end };
      const swap = swapFor(c, written, folded);
      if (swap?.exact && allowed(c.entry.when ?? 'any', around(sentence, foldedWords[match.sentence], match.first, match.last, end, body.text))) {
        const to = matchCase(phrase, swap.to);
        reports.push({ messageId: 'plain-jargon/swap', data: { ...data, to }, location, fix: { kind: 'replaceText', field: 'body', start: match.start, end, from: phrase, to } });
      } else if (swap !== undefined || c.entry.hint !== undefined) {
        reports.push({ messageId: 'plain-jargon/rewrite', data: { ...data, to: swap?.to ?? c.entry.hint ?? '' }, location });
      } else {
        reports.push({ messageId: 'plain-jargon/explain', data, location });
      }
    }
    return reports;
  },
});
