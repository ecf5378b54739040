/**
 * The linear-time matcher behind every policy pattern: the pattern tree (syntax.ts) becomes a
 * small program, run as a Thompson automaton in the way of RE2's "Pike VM". All the ways a
 * match can go on are followed together, one character of the text at a time, and two ways at
 * the same place of the program are one (the first in priority keeps it). So each character
 * costs at most one step per program instruction: time O(text × program), never more, whatever
 * the pattern or the text — where a backtracking engine retries the same characters again for
 * every choice (`(\w+\s?)+$` on 29 letters and a `!`: 67 s).
 *
 * Measured here: 0.1–0.4 µs per character for the JRWA default and the issue's `(\w+\s?)+$` on
 * their worst inputs (1 MB of "KTKT…", of prose), ~3 µs at MAX_PROGRAM's 200 instructions.
 *
 * Priorities follow JavaScript's: alternatives left to right, greedy before lazy, an earlier
 * start before a later one. With no empty iterations (syntax.ts refuses them) the match found
 * is the one `RegExp.prototype.exec` finds; the tests compare the two on random patterns.
 */
import { nullable, type CharTest, type PatternNode } from './syntax';

const CHAR = 0;
const SPLIT = 1;
const JUMP = 2;
const ASSERT = 3;
const MATCH = 4;

type Assertion = 'start' | 'end' | 'word' | 'notWord';

export type Program = {
  op: number[];
  /** SPLIT: the preferred target; JUMP: the target. */
  x: number[];
  /** SPLIT: the other target. */
  y: number[];
  test: (CharTest | undefined)[];
  /** CHAR: the code point of a literal atom, else -1 (its test decides). */
  literal: number[];
  assertion: (Assertion | undefined)[];
  /** The native sources of the atoms a match can start with, or null when it may start anywhere. */
  firstSources: string[] | null;
};

/** Instructions the tree compiles to, computed before compiling (`a{1000}{1000}` is refused unbuilt). */
export function programSize(node: PatternNode): number {
  switch (node.kind) {
    case 'char':
    case 'assert':
      return 1;
    case 'seq':
      return node.items.reduce((n, item) => n + programSize(item), 0);
    case 'alt':
      return node.items.reduce((n, item) => n + programSize(item), 0) + 2 * (node.items.length - 1);
    case 'repeat': {
      const body = programSize(node.body);
      return node.min * body + (node.max === Infinity ? body + 2 : (node.max - node.min) * (body + 1));
    }
  }
}

export function compileProgram(node: PatternNode): Program {
  const p: Program = { op: [], x: [], y: [], test: [], literal: [], assertion: [], firstSources: null };
  const emit = (op: number, x = -1, y = -1, test?: CharTest, assertion?: Assertion, literal = -1) => {
    p.op.push(op);
    p.x.push(x);
    p.y.push(y);
    p.test.push(test);
    p.literal.push(literal);
    p.assertion.push(assertion);
    return p.op.length - 1;
  };
  const split = (at: number, go: number, skip: number, lazy: boolean) => {
    p.x[at] = lazy ? skip : go;
    p.y[at] = lazy ? go : skip;
  };
  const walk = (n: PatternNode): void => {
    switch (n.kind) {
      case 'char':
        emit(CHAR, -1, -1, n.test, undefined, n.literal ?? -1);
        return;
      case 'assert':
        emit(ASSERT, -1, -1, undefined, n.what);
        return;
      case 'seq':
        n.items.forEach(walk);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.items.forEach((item, k) => {
          if (k === n.items.length - 1) return walk(item);
          const s = emit(SPLIT);
          walk(item);
          jumps.push(emit(JUMP));
          split(s, s + 1, p.op.length, false);
        });
        for (const j of jumps) p.x[j] = p.op.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k++) walk(n.body);
        if (n.max === Infinity) {
          const s = emit(SPLIT);
          walk(n.body);
          emit(JUMP, s);
          split(s, s + 1, p.op.length, n.lazy);
          return;
        }
        // Optional copies nest: once one is skipped, so are the ones after it.
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          splits.push(emit(SPLIT));
          walk(n.body);
        }
        for (const s of splits) split(s, s + 1, p.op.length, n.lazy);
        return;
      }
    }
  };
  walk(node);
  emit(MATCH);
  p.firstSources = firstSources(node);
  return p;
}

/** The atoms that can take a match's first character (null: an assertion alone may decide). */
function firstSources(node: PatternNode): string[] | null {
  switch (node.kind) {
    case 'char':
      return [node.source];
    case 'assert':
      return null;
    case 'alt': {
      const all: string[] = [];
      for (const item of node.items) {
        const f = firstSources(item);
        if (!f) return null;
        all.push(...f);
      }
      return all;
    }
    case 'repeat':
      return node.min === 0 ? null : firstSources(node.body);
    case 'seq': {
      const all: string[] = [];
      for (const item of node.items) {
        if (item.kind === 'assert') continue; // it narrows where a match starts, never widens it
        const f = firstSources(item);
        if (!f) return null;
        all.push(...f);
        if (!nullable(item)) return all;
      }
      return null;
    }
  }
}

export type Span = { start: number; end: number };

const isWordUnit = (u: number) => (u >= 48 && u <= 57) || (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || u === 95;

/** A list of threads at one text position: program counters with the start of their match. */
class ThreadList {
  pcs: Int32Array;
  starts: Int32Array;
  size = 0;
  constructor(n: number) {
    this.pcs = new Int32Array(n);
    this.starts = new Int32Array(n);
  }
}

/** What the assertions can ask about a place in the text, as 4 bits: start, end, word before, word after. */
function contextAt(text: string, at: number): number {
  return (at === 0 ? 1 : 0) | (at === text.length ? 2 : 0) | (at > 0 && isWordUnit(text.charCodeAt(at - 1)) ? 4 : 0) | (at < text.length && isWordUnit(text.charCodeAt(at)) ? 8 : 0);
}

function holds(what: Assertion, context: number): boolean {
  if (what === 'start') return (context & 1) !== 0;
  if (what === 'end') return (context & 2) !== 0;
  const boundary = ((context >> 2) & 1) !== ((context >> 3) & 1);
  return boundary === (what === 'word');
}

export class Matcher {
  private readonly seen: Int32Array;
  private generation = 0;
  private readonly lists: [ThreadList, ThreadList];
  private readonly skipper: RegExp | null;
  /**
   * For each place context and instruction: the instructions that take a character (or match)
   * reached from it without taking one, in priority order. Computed on first use; a thread's
   * step is then a walk down a short list, with no search.
   */
  private readonly closures: (Int32Array | undefined)[];
  private readonly usesContext: boolean;
  /** The code point a literal atom stands for, or -1 for a class. */
  private readonly literal: Int32Array;

  constructor(private readonly p: Program) {
    const n = p.op.length;
    this.seen = new Int32Array(n);
    this.lists = [new ThreadList(n), new ThreadList(n)];
    this.closures = new Array(16 * n);
    this.usesContext = p.op.includes(ASSERT);
    this.literal = Int32Array.from(p.literal);
    // A union of single-character atoms: the native engine finds the next place a match could
    // start without backtracking (one character per alternative and place).
    this.skipper = p.firstSources ? new RegExp(p.firstSources.map((s) => `(?:${s})`).join('|'), 'gu') : null;
  }

  private closure(pc0: number, context: number): Int32Array {
    const key = context * this.p.op.length + pc0;
    const known = this.closures[key];
    if (known) return known;
    const { op, x, y, assertion } = this.p;
    const out: number[] = [];
    const visited = new Set<number>();
    const stack = [pc0];
    while (stack.length > 0) {
      const pc = stack.pop() as number;
      if (visited.has(pc)) continue;
      visited.add(pc);
      const o = op[pc];
      if (o === JUMP) stack.push(x[pc]);
      else if (o === SPLIT) stack.push(y[pc], x[pc]);
      else if (o === ASSERT) {
        if (holds(assertion[pc] as Assertion, context)) stack.push(pc + 1);
      } else out.push(pc);
    }
    const list = Int32Array.from(out);
    this.closures[key] = list;
    return list;
  }

  /**
   * Adds the threads that continue from `pc` at place `at`, skipping instructions an earlier
   * (higher-priority) thread already holds in this list. Everything below a held instruction was
   * added with it, so skipping leaf by leaf gives the same list as a pruned search.
   */
  private add(list: ThreadList, pc: number, start: number, context: number): void {
    const leaves = this.closure(pc, context);
    const seen = this.seen;
    const gen = this.generation;
    for (let k = 0; k < leaves.length; k++) {
      const q = leaves[k];
      if (seen[q] === gen) continue;
      seen[q] = gen;
      list.pcs[list.size] = q;
      list.starts[list.size] = start;
      list.size++;
    }
  }

  /** The first place at or after `from` where a match could start, or -1. */
  private nextStart(text: string, from: number): number {
    if (from > text.length) return -1;
    if (!this.skipper) return from;
    this.skipper.lastIndex = from;
    const m = this.skipper.exec(text);
    return m ? m.index : -1;
  }

  private newGeneration(): void {
    if (++this.generation > 0x3fffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
  }

  /**
   * The leftmost match at or after `from` (the one `exec` finds), or null. `any`: stop at the
   * first match seen, when only whether there is one matters.
   */
  find(text: string, from = 0, any = false): Span | null {
    const { op, test } = this.p;
    const literal = this.literal;
    const ctx = (i: number) => (this.usesContext ? contextAt(text, i) : 0);
    const width = (i: number) => ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);
    let [current, next] = this.lists;
    let found: Span | null = null;
    let at = this.nextStart(text, from);
    if (at < 0) return null;
    current.size = 0;
    this.newGeneration();
    this.add(current, 0, at, ctx(at));
    for (;;) {
      if (current.size === 0) {
        // No match under way, and a start here was tried: jump to the next place where one
        // could start (a native search for single characters, which cannot backtrack).
        if (found || at >= text.length) return found;
        at = this.nextStart(text, at + width(at));
        if (at < 0) return null;
        this.newGeneration();
        this.add(current, 0, at, ctx(at));
        continue;
      }
      const cp = at < text.length ? (text.codePointAt(at) as number) : -1;
      const after = at + (cp > 0xffff ? 2 : 1);
      const context = ctx(after);
      next.size = 0;
      this.newGeneration();
      for (let k = 0; k < current.size; k++) {
        const pc = current.pcs[k];
        if (op[pc] === MATCH) {
          found = { start: current.starts[k], end: at };
          if (any) return found;
          break; // the threads after this one have lower priority
        }
        if (cp >= 0 && (literal[pc] === cp || (literal[pc] < 0 && (test[pc] as CharTest)(cp)))) this.add(next, pc + 1, current.starts[k], context);
      }
      if (cp < 0) return found;
      if (!found) this.add(next, 0, after, context);
      [current, next] = [next, current];
      at = after;
    }
  }
}
