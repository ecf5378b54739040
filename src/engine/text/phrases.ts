/**
 * Phrase tables as word sequences, matched over the words the body parser already produced.
 * Linear: each word looks up only the phrases whose first word could start there (a map keyed by
 * the first three letters), and a phrase is a handful of words with gaps of at most two words.
 *
 * Phrase syntax, one phrase a string, words separated by spaces:
 *   `nie ma pan racji`  words, compared case- and diacritic-insensitively (`proszę` = `prosze`);
 *   `ma|mają`           alternatives;
 *   `uspokoi*`          a word starting with `uspokoi` (at least three letters before the star);
 *   `{you}`             a slot: alternatives defined once in the table's slots;
 *   `~` / `~1`          skip up to two words / up to one word. A gap never skips `nie`: a negation
 *                       turns "Pan się myli" into "Pan się nie myli".
 */

const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const NEEDS_FOLDING = /[^a-z0-9-]/;

/** Lower case without Polish diacritics: clerks sometimes type "prosze sie uspokoic". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII already: skip the replace (the hot path on a 1 MB body).
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c]).replace(/[’']/g, '');
}

type Sentences = ReadonlyArray<{ words: ReadonlyArray<{ text: string; start: number; end: number }> }>;
const foldedCache = new WeakMap<Sentences, string[][]>();

/**
 * The folded words of each sentence, computed once per parsed body and shared by every rule
 * that matches phrases (tone, fees): parse once, fold once. `text` is the body text the word
 * offsets point into: folding it in one pass is much cheaper than word by word.
 */
export function foldedSentenceWords(sentences: Sentences, text: string): string[][] {
  let folded = foldedCache.get(sentences);
  if (!folded) {
    // Only the span the words cover: the sentences are the own text, and folding a 1 MB quoted
    // thread that no rule reads cost more than all the rules together (bench/, issue 9).
    let from = text.length;
    let to = 0;
    for (const s of sentences) {
      for (const w of s.words) {
        if (w.start < from) from = w.start;
        if (w.end > to) to = w.end;
      }
    }
    if (to < from) from = to;
    const span = text.slice(from, to);
    const lower = span.toLowerCase();
    // Lower-casing keeps offsets for Polish text; a few exotic letters ("İ") change length.
    const foldedText = lower.length === span.length ? lower.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c]) : null;
    folded = sentences.map((s) =>
      s.words.map((w) => {
        if (foldedText === null) return foldWord(w.text);
        const f = foldedText.slice(w.start - from, w.end - from);
        return f.includes("'") || f.includes('’') ? f.replace(/[’']/g, '') : f;
      }),
    );
    foldedCache.set(sentences, folded);
  }
  return folded;
}

type WordToken = { kind: 'word'; exact: ReadonlySet<string>; prefixes: readonly string[] };
type GapToken = { kind: 'gap'; max: number };
type Token = WordToken | GapToken;

type Compiled<T> = { tokens: Token[]; value: T };

export type PhraseEntry<T> = { phrase: string; value: T };
/** A match: word indices [first, last] in the list given to `find`. */
export type PhraseMatch<T> = { value: T; first: number; last: number };

const KEY_LENGTH = 3;
const NEGATION = 'nie';

function compileWord(token: string, slots: Readonly<Record<string, string>>, source: string): WordToken {
  const expanded = token.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = slots[name];
    if (slot === undefined) throw new Error(`unknown slot {${name}} in "${source}"`);
    return slot;
  });
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of expanded.split('|')) {
    if (alt.endsWith('*')) {
      const p = foldWord(alt.slice(0, -1));
      if (p.length < KEY_LENGTH) throw new Error(`prefix "${alt}" shorter than ${KEY_LENGTH} letters in "${source}"`);
      prefixes.push(p);
    } else if (alt !== '') exact.add(foldWord(alt));
  }
  return { kind: 'word', exact, prefixes };
}

function compile<T>(entry: PhraseEntry<T>, slots: Readonly<Record<string, string>>): Compiled<T> {
  const tokens: Token[] = entry.phrase
    .trim()
    .split(/\s+/)
    .map((t) => (t === '~' ? { kind: 'gap', max: 2 } : t === '~1' ? { kind: 'gap', max: 1 } : compileWord(t, slots, entry.phrase)));
  if (tokens[0]?.kind !== 'word' || tokens[tokens.length - 1].kind !== 'word') throw new Error(`phrase must start and end with a word: "${entry.phrase}"`);
  return { tokens, value: entry.value };
}

function wordMatches(t: WordToken, w: string): boolean {
  if (t.exact.has(w)) return true;
  for (const p of t.prefixes) if (w.startsWith(p)) return true;
  return false;
}

/** Index of the last word of a match of tokens[k..] starting at words[i], or -1. */
function matchFrom(tokens: readonly Token[], k: number, words: readonly string[], i: number): number {
  const t = tokens[k];
  if (t.kind === 'gap') {
    // Try the shortest gap first; a gap never swallows a negation.
    for (let skip = 0; skip <= t.max && i + skip < words.length; skip++) {
      if (skip > 0 && words[i + skip - 1] === NEGATION) break;
      const end = matchFrom(tokens, k + 1, words, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || !wordMatches(t, words[i])) return -1;
  return k === tokens.length - 1 ? i : matchFrom(tokens, k + 1, words, i + 1);
}

export type PhraseMatcher<T> = {
  /** Non-overlapping matches, leftmost first (the longest when several start at one word). */
  find: (foldedWords: readonly string[]) => PhraseMatch<T>[];
};

export function compilePhrases<T>(entries: readonly PhraseEntry<T>[], slots: Readonly<Record<string, string>> = {}): PhraseMatcher<T> {
  const byKey = new Map<string, Compiled<T>[]>();
  const add = (key: string, c: Compiled<T>) => {
    const list = byKey.get(key);
    if (list) {
      if (!list.includes(c)) list.push(c);
    } else byKey.set(key, [c]);
  };
  for (const entry of entries) {
    const c = compile(entry, slots);
    const first = c.tokens[0] as WordToken;
    for (const w of first.exact) add(w.slice(0, KEY_LENGTH), c);
    for (const p of first.prefixes) add(p.slice(0, KEY_LENGTH), c);
  }

  return {
    find(words) {
      const matches: PhraseMatch<T>[] = [];
      for (let i = 0; i < words.length; i++) {
        const candidates = byKey.get(words[i].slice(0, KEY_LENGTH));
        if (!candidates) continue;
        let best: PhraseMatch<T> | null = null;
        for (const c of candidates) {
          const last = matchFrom(c.tokens, 0, words, i);
          if (last >= 0 && (best === null || last > best.last)) best = { value: c.value, first: i, last };
        }
        if (best) {
          matches.push(best);
          i = best.last;
        }
      }
      return matches;
    },
  };
}

/** A match with its body offsets, and where it is: sentence index and word indices [first, last] in it. */
export type SentenceMatch<T> = { value: T; start: number; end: number; sentence: number; first: number; last: number };

/** Every match in every sentence, with its body offsets: the loop phrase-table rules share. */
export function phrasesInSentences<T>(matcher: PhraseMatcher<T>, sentences: Sentences, text: string): SentenceMatch<T>[] {
  const folded = foldedSentenceWords(sentences, text);
  const found: SentenceMatch<T>[] = [];
  sentences.forEach((sentence, s) => {
    for (const { value, first, last } of matcher.find(folded[s])) {
      found.push({ value, start: sentence.words[first].start, end: sentence.words[last].end, sentence: s, first, last });
    }
  });
  return found;
}
