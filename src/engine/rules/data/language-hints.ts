/**
 * Frequent function words of Polish and English, to tell which language the clerk wrote in
 * (a closing or greeting we insert should match it). Diacritics count for Polish.
 */
export const POLISH_HINTS: readonly string[] = [
  'i', 'w', 'z', 'na', 'do', 'się', 'że', 'nie', 'jest', 'oraz', 'lub', 'od', 'po', 'o', 'dla', 'przez', 'jak', 'to', 'czy',
  'pan', 'pani', 'panie', 'państwo', 'proszę', 'dzień', 'dobry', 'szanowny', 'szanowna', 'szanowni', 'uprzejmie', 'informuję', 'wniosek', 'sprawa',
];

export const ENGLISH_HINTS: readonly string[] = [
  'the', 'and', 'of', 'to', 'is', 'are', 'you', 'your', 'we', 'our', 'for', 'with', 'on', 'in', 'this', 'that', 'please', 'dear', 'hello',
  'thank', 'thanks', 'regarding', 'would', 'will', 'can', 'be', 'have', 'has', 'it', 'i', 'a',
];

const PL = new Set(POLISH_HINTS);
const EN = new Set(ENGLISH_HINTS);
const DIACRITIC = /[ąćęłńóśźż]/iu;

/** The first words tell the language; a 1 MB body needs no more than these. */
const SAMPLE_WORDS = 2000;

/** 'en' only when English words outnumber Polish ones; Polish is the default. */
export function textLanguage(words: ReadonlyArray<{ text: string; kind: string }>): 'pl' | 'en' {
  let pl = 0;
  let en = 0;
  for (let i = 0; i < words.length && i < SAMPLE_WORDS; i++) {
    const w = words[i];
    if (w.kind !== 'word') continue;
    // Polish has no locale-specific lower-casing rules, so the plain (fast) one is right.
    const t = w.text.toLowerCase();
    // "i" is a word in both languages; it tells nothing.
    if (t === 'i') continue;
    if (PL.has(t) || DIACRITIC.test(t)) pl++;
    if (EN.has(t)) en++;
  }
  return en > pl ? 'en' : 'pl';
}
