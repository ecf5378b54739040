/**
 * FOG-PL, the Gunning fog index adapted to Polish (the index of the Jasnopis readability tool):
 * 0.4 × (words / sentences + 100 × hard words / words), where a hard word has 4 or more
 * syllables. Computed over the clerk's own text only; numbers, e-mail addresses and web
 * addresses are not words here. The score reads as years of schooling a reader needs.
 */
import type { ParsedBody } from '../parse/body';
import { countSyllables } from './syllables';

export type Readability = { score: number; words: number; sentences: number; hardWords: number };
export type ReadabilityBand = 'easy' | 'medium' | 'hard' | 'very-hard';

export const HARD_WORD_SYLLABLES = 4;

export function fogPl(body: Pick<ParsedBody, 'own' | 'sentences'>): Readability {
  let words = 0;
  let sentences = 0;
  let hardWords = 0;
  for (const sentence of body.sentences) {
    if (sentence.start < body.own.start || sentence.end > body.own.end) continue;
    let inSentence = 0;
    for (const word of sentence.words) {
      if (word.kind !== 'word') continue;
      inSentence++;
      if (countSyllables(word.text) >= HARD_WORD_SYLLABLES) hardWords++;
    }
    if (inSentence > 0) sentences++;
    words += inSentence;
  }
  const score = words === 0 ? 0 : 0.4 * (words / sentences + (100 * hardWords) / words);
  return { score, words, sentences, hardWords };
}

/**
 * Bands by the schooling the score stands for: up to 6 primary school, 7–9 the upper classes
 * of primary school, 10–12 secondary school, 13 and more university.
 */
export function readabilityBand(score: number): ReadabilityBand {
  if (score < 7) return 'easy';
  if (score < 10) return 'medium';
  if (score < 13) return 'hard';
  return 'very-hard';
}
