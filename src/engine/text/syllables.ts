/**
 * Polish syllables, counted as vowel nuclei (a e i o u y ó ą ę). Used for "overly long words"
 * (002 line 125) and for the FOG-PL readability index, so it must agree with a careful reader on
 * ordinary office vocabulary; it is not a hyphenation dictionary.
 *
 * - Every vowel is a syllable of its own: "po-e-ta", "sy-tu-a-cja", "ko-or-dy-na-tor".
 * - `i` after a consonant and before a vowel only softens the consonant: "nie", "się", "dzie",
 *   "pio-ro", "kie-dy", "de-cy-zja", "hi-sto-rii". After a vowel it is a syllable: "ru-i-na".
 * - Our choice for `au` and `eu`: one syllable, as in "au-to", "Eu-ro-pa" (3), "kau-cja",
 *   "klau-zu-la", "neu-tral-ny", "pseu-do-nim", because that is how these loanwords are spoken.
 *   Two syllables where a native prefix meets a stem starting with u: "na-u-ka", "za-u-fa-ny",
 *   "nie-u-czci-wy", "prze-u-czo-ny"; and in the endings -eum, -eusz: "mu-ze-um", "ju-bi-le-usz".
 */

const VOWELS = new Set([...'aeiouyóąęéáöü']);

/** What precedes `au` / `eu` when it is prefix + u rather than a diphthong (na-uka, nie-uczciwy). */
const SPLIT_AU = new Set(['n', 'z']);
const SPLIT_EU = new Set(['ni', 'prz']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Syllables of one run of letters, in lower case. */
function countRun(run: string): number {
  let count = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    if (!isVowel(c)) continue;
    const next = run[i + 1];
    // i between a consonant and a vowel is a softening sign, not a syllable.
    if (c === 'i' && isVowel(next) && i > 0 && !isVowel(run[i - 1])) continue;
    if ((c === 'a' || c === 'e') && next === 'u' && isDiphthong(run, i)) {
      count++;
      i++;
      continue;
    }
    count++;
  }
  return count;
}

function isDiphthong(run: string, i: number): boolean {
  const before = run.slice(0, i);
  if (run[i] === 'a') return !SPLIT_AU.has(before);
  if (SPLIT_EU.has(before)) return false;
  const rest = run.slice(i + 2);
  return !(rest === 'm' || rest === 'sz' || rest.startsWith('sz'));
}

/** The number of syllables of a Polish word; 0 for a word without a vowel ("w", "z"). */
export function countSyllables(word: string): number {
  let count = 0;
  // Hyphenated compounds ("polsko-niemiecki") count part by part.
  for (const run of word.toLowerCase().split(/[^\p{L}]+/u)) if (run) count += countRun(run);
  return count;
}

/** Letters of a word, without hyphens, apostrophes or digits. */
export function countLetters(word: string): number {
  let n = 0;
  for (const c of word) if (/\p{L}/u.test(c)) n++;
  return n;
}
