/**
 * What the lines of a signature look like, from the data in rules/data/signature-fields.ts:
 * shared by the parser that finds a typed signature (parse/signature.ts) and the detection of
 * its fields (detect.ts), so that a position the one knows the other knows too.
 */
import { DEPARTMENT_WORDS, OFFICE_WORDS, PHONE_LABELS, POSITION_WORDS, REGISTRY_WORDS } from '../rules/data/signature-fields';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whole words from a list; one flat alternation of literals, so matching stays linear. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

export const POSITION = wordsPattern(POSITION_WORDS);
export const DEPARTMENT = wordsPattern(DEPARTMENT_WORDS);
export const OFFICE = wordsPattern(OFFICE_WORDS);
export const REGISTRY = wordsPattern(REGISTRY_WORDS);
export const PHONE_LABEL = new RegExp(`^\\s*${wordsPattern(PHONE_LABELS).source}`, 'iu');
/** A person's name: optional degrees, then two to four capitalised words. */
export const PERSON = /^(?:(?:mgr|dr|inż|lic|prof)\.?\s+){0,3}\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u;
