/**
 * Reads a policy pattern (JavaScript regular-expression syntax, Unicode mode) into a tree the
 * linear matcher runs (program.ts). The source has already compiled as `new RegExp(source, 'u')`,
 * so only well-formed syntax arrives here; what this file decides is which of it is accepted:
 * the regular part of the language (characters, classes, `.`, groups, `|`, `* + ? {n,m}` and
 * their lazy forms, `^ $ \b \B`). Back-references and look-arounds have no linear-time matcher
 * and are refused, and so are named groups, `\p{…}` and `(?flags:…)`, which older Outlook
 * runtimes cannot compile: one language, accepted alike in every place that loads a policy.
 *
 * Each single-character atom keeps its own source and is tested by the native engine on ONE
 * code point at a time (`^(?:[…])$`): classes, escapes and `.` mean exactly what they mean in
 * JavaScript, and a test of one character cannot backtrack.
 */

export type PatternProblem = { id: string; data?: Record<string, string | number> };

export type CharTest = (codePoint: number) => boolean;

export type PatternNode =
  | { kind: 'char'; source: string; test: CharTest; literal?: number }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; items: PatternNode[] }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number; lazy: boolean }
  | { kind: 'assert'; what: 'start' | 'end' | 'word' | 'notWord' };

/** Thrown inside the parser only; parsePattern turns it into a result. */
class Refused extends Error {
  constructor(readonly problem: PatternProblem) {
    super(problem.id);
  }
}

/** Latin-1 and Latin Extended-A (Polish letters) are remembered per atom; others are tested each time. */
const TABLE_SIZE = 0x180;

function nativeTest(source: string): CharTest {
  const re = new RegExp(`^(?:${source})$`, 'u');
  const known = new Int8Array(TABLE_SIZE);
  return (cp) => {
    if (cp >= TABLE_SIZE) return re.test(String.fromCodePoint(cp));
    if (known[cp] === 0) known[cp] = re.test(String.fromCodePoint(cp)) ? 1 : 2;
    return known[cp] === 1;
  };
}

function literal(cp: number): PatternNode {
  const ch = String.fromCodePoint(cp);
  return { kind: 'char', source: ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), test: (c) => c === cp, literal: cp };
}

const charAtom = (source: string): PatternNode => ({ kind: 'char', source, test: nativeTest(source) });

const HEX4 = /^[0-9a-fA-F]{4}$/;

export function nullable(node: PatternNode): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'assert':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.items.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  refuse(id: string, at = this.i): never {
    throw new Refused({ id, data: { at: at + 1, fragment: this.src.slice(at, at + 12) } });
  }

  alternation(): PatternNode {
    const items = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0] : { kind: 'alt', items };
  }

  sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const at = this.i;
      items.push(this.quantified(this.atom(), at));
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  quantified(atom: PatternNode, at: number): PatternNode {
    const src = this.src;
    let min: number;
    let max: number;
    const c = src[this.i];
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
      this.i++;
    } else if (c === '{') {
      const close = src.indexOf('}', this.i);
      const [low, high] = src.slice(this.i + 1, close).split(',');
      min = Number(low);
      max = high === undefined ? min : high === '' ? Infinity : Number(high);
      this.i = close + 1;
    } else {
      return atom;
    }
    const lazy = src[this.i] === '?';
    if (lazy) this.i++;
    // JavaScript rejects an optional iteration that matches nothing (its empty check), so
    // `a(?:b*?)?` takes "ab", not "a": a part that is repeated or optional must take a character.
    if (max > min && nullable(atom)) this.refuse('policy.pattern.emptyLoop', at);
    return { kind: 'repeat', body: atom, min, max, lazy };
  }

  atom(): PatternNode {
    const src = this.src;
    const start = this.i;
    const c = src[start];
    if (c === '(') {
      if (src[start + 1] === '?') {
        if (src[start + 2] !== ':') this.refuse(src[start + 2] === '<' && src[start + 3] !== '=' && src[start + 3] !== '!' ? 'policy.pattern.namedGroup' : src[start + 2] === '=' || src[start + 2] === '!' || src[start + 2] === '<' ? 'policy.pattern.lookaround' : 'policy.pattern.groupFlags');
        this.i += 3;
      } else {
        this.i++;
      }
      const inner = this.alternation();
      this.i++; // ')': the native compiler has already checked the groups are balanced
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.i++;
      return charAtom('.');
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'assert', what: c === '^' ? 'start' : 'end' };
    }
    if (c === '\\') return this.escape();
    const cp = src.codePointAt(start) as number;
    this.i += cp > 0xffff ? 2 : 1;
    return literal(cp);
  }

  characterClass(): PatternNode {
    const src = this.src;
    const start = this.i;
    let j = start + 1;
    if (src[j] === '^') j++;
    while (src[j] !== ']') {
      if (src[j] === '\\') {
        if (src[j + 1] === 'p' || src[j + 1] === 'P') this.refuse('policy.pattern.property', j);
        j += 2;
      } else {
        j++;
      }
    }
    this.i = j + 1;
    return charAtom(src.slice(start, this.i));
  }

  escape(): PatternNode {
    const src = this.src;
    const start = this.i;
    const d = src[start + 1];
    if (d === 'b' || d === 'B') {
      this.i += 2;
      return { kind: 'assert', what: d === 'b' ? 'word' : 'notWord' };
    }
    if ((d >= '1' && d <= '9') || d === 'k') this.refuse('policy.pattern.backreference');
    if (d === 'p' || d === 'P') this.refuse('policy.pattern.property');
    let length = 2;
    if (d === 'x') length = 4;
    else if (d === 'c') length = 3;
    else if (d === 'u' && src[start + 2] === '{') length = src.indexOf('}', start) - start + 1;
    else if (d === 'u') {
      length = 6;
      // A surrogate pair written as two escapes is one character in Unicode mode.
      const high = parseInt(src.slice(start + 2, start + 6), 16);
      const next = src.slice(start + 6, start + 12);
      if (high >= 0xd800 && high <= 0xdbff && next.startsWith('\\u') && HEX4.test(next.slice(2))) {
        const low = parseInt(next.slice(2), 16);
        if (low >= 0xdc00 && low <= 0xdfff) length = 12;
      }
    }
    this.i += length;
    return charAtom(src.slice(start, this.i));
  }
}

export type ParseResult = { ok: true; node: PatternNode } | { ok: false; problem: PatternProblem };

/** `source` must already compile as `new RegExp(source, 'u')`. */
export function parsePattern(source: string): ParseResult {
  try {
    const node = new Parser(source).alternation();
    if (nullable(node)) return { ok: false, problem: { id: 'policy.pattern.matchesEmpty' } };
    return { ok: true, node };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}
