/**
 * The lines of a range of the body, kept as positions in two typed arrays. An object per line
 * would do as well on letters, but a body of a million line breaks would then be a million
 * objects that survive every minor garbage collection and get copied by each: 0.1 MB → 1 MB cost
 * 17× (issue 21). Positions in typed arrays are not scanned by the collector, and a line becomes
 * an object (its text sliced) only when a rule reads it; readers look at a few lines each.
 */
import { isSpaceCode } from '../text/trim';

export type Line = { start: number; end: number; text: string };

export class Lines implements Iterable<Line> {
  private constructor(
    private readonly source: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** The lines of `text` from `start` to `end`, split at "\n"; an empty range is one empty line. */
  static of(text: string, start = 0, end = text.length): Lines {
    let count = 1;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let s = start;
    for (let k = 0; k < count; k++) {
      let i = k === count - 1 ? end : text.indexOf('\n', s);
      if (i < 0 || i > end) i = end;
      starts[k] = s;
      ends[k] = i;
      s = i + 1;
    }
    return new Lines(text, starts, ends);
  }

  get length(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  /** Empty or only white space (what `text.trim() === ''` says), read in place. */
  isBlank(i: number): boolean {
    for (let p = this.starts[i], e = this.ends[i]; p < e; p++) if (!isSpaceCode(this.source.charCodeAt(p))) return false;
    return true;
  }

  at(i: number): Line {
    return { start: this.starts[i], end: this.ends[i], text: this.text(i) };
  }

  /** Index of the first non-blank line at or after `from`, or -1. */
  firstNonBlank(from = 0): number {
    for (let i = from; i < this.length; i++) if (!this.isBlank(i)) return i;
    return -1;
  }

  /** Index of the last non-blank line at or before `from`, or -1. */
  lastNonBlank(from = this.length - 1): number {
    for (let i = from; i >= 0; i--) if (!this.isBlank(i)) return i;
    return -1;
  }

  /** The first non-blank line that `test` accepts (blank lines are never handed to it). */
  findNonBlank(test: (line: Line) => boolean, from = 0): Line | undefined {
    for (let i = this.firstNonBlank(from); i >= 0; i = this.firstNonBlank(i + 1)) {
      const line = this.at(i);
      if (test(line)) return line;
    }
    return undefined;
  }

  /** The first `count` lines, then an empty line where line `count` starts (the own text before a typed signature). */
  endingBefore(count: number): Lines {
    const starts = this.starts.slice(0, count + 1);
    const ends = this.ends.slice(0, count + 1);
    ends[count] = starts[count];
    return new Lines(this.source, starts, ends);
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
