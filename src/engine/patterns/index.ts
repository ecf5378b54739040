/**
 * Patterns a policy supplies (case-reference-missing's `pattern`, placeholder-left's `patterns`,
 * any future one) are compiled here and only here, so the task pane, the preview, the send check
 * and the CLI accept the same patterns and find the same matches.
 *
 * The guarantee: matching takes time proportional to the text times the size of the pattern's
 * program (≤ MAX_PROGRAM instructions), on any text: a linear-time automaton (program.ts), never
 * a backtracking search. The language is JavaScript's regular-expression syntax in Unicode mode
 * without what has no linear-time matcher (syntax.ts): a pattern using it is refused with a
 * problem id (texts in src/engine/i18n/{pl,en}/policy.ts), by `policy validate` and wherever a
 * policy is loaded.
 */
import { parsePattern, type PatternProblem } from './syntax';
import { compileProgram, Matcher, programSize, type Span } from './program';

export type { PatternProblem } from './syntax';
export type { Span } from './program';

export const MAX_PATTERN_LENGTH = 300;
/** Instructions after `{n,m}` is written out: at most this many steps per character of text. */
export const MAX_PROGRAM = 200;

export type PolicyPattern = {
  readonly source: string;
  /** Whether the pattern occurs anywhere in the text. */
  test(text: string): boolean;
  /** The leftmost match at or after `from`, as `RegExp.prototype.exec` would find it. */
  find(text: string, from?: number): Span | null;
  /** Every match, left to right, none overlapping (as `String.prototype.matchAll`). */
  findAll(text: string): Span[];
};

export type PatternResult = { ok: true; pattern: PolicyPattern } | { ok: false; problem: PatternProblem };

function build(source: string): PatternResult {
  if (source === '') return { ok: false, problem: { id: 'policy.pattern.empty' } };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, problem: { id: 'policy.pattern.tooLong', data: { max: MAX_PATTERN_LENGTH } } };
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return { ok: false, problem: { id: 'policy.pattern.syntax', data: { reason: String((e as Error).message).replace(/^Invalid regular expression: /, '') } } };
  }
  const parsed = parsePattern(source);
  if (!parsed.ok) return parsed;
  if (programSize(parsed.node) > MAX_PROGRAM) return { ok: false, problem: { id: 'policy.pattern.tooComplex', data: { max: MAX_PROGRAM } } };
  const matcher = new Matcher(compileProgram(parsed.node));
  const pattern: PolicyPattern = {
    source,
    test: (text) => matcher.find(text, 0, true) !== null,
    find: (text, from = 0) => matcher.find(text, from),
    findAll: (text) => {
      const out: Span[] = [];
      // Never empty (syntax.ts refuses patterns that can match nothing), so each step moves on.
      for (let m = matcher.find(text, 0); m; m = matcher.find(text, m.end)) out.push(m);
      return out;
    },
  };
  return { ok: true, pattern };
}

const cache = new Map<string, PatternResult>();
const MAX_CACHED = 64;

/** A policy's pattern, compiled once per source; `value` of any type gets a problem, never a throw. */
export function compilePolicyPattern(value: unknown): PatternResult {
  if (typeof value !== 'string') return { ok: false, problem: { id: 'policy.pattern.notText' } };
  let result = cache.get(value);
  if (!result) {
    if (cache.size >= MAX_CACHED) cache.clear();
    result = build(value);
    cache.set(value, result);
  }
  return result;
}

/**
 * A list option's patterns (placeholder-left's `patterns`): the ones that compile, in order.
 * A refused one is left out here (the rule stays quiet about it); the policy validator is the
 * place that names it, and a policy with it never reaches the rules (it falls back).
 */
export function compilePolicyPatterns(values: unknown): PolicyPattern[] {
  if (!Array.isArray(values)) return [];
  const out: PolicyPattern[] = [];
  for (const value of values) {
    const result = compilePolicyPattern(value);
    if (result.ok) out.push(result.pattern);
  }
  return out;
}

/**
 * Which rule options hold policy patterns: `one` a single pattern, `list` a list of them.
 * validate-core.ts checks each of them in every bundle, so a pattern the pane refuses is
 * refused by the send check too.
 */
export const PATTERN_OPTIONS: Readonly<Record<string, { option: string; shape: 'one' | 'list' }>> = {
  'case-reference-missing': { option: 'pattern', shape: 'one' },
  'placeholder-left': { option: 'patterns', shape: 'list' },
};
