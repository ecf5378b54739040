/**
 * Pure edits of a plain-text body (Outlook's `text` body type, SPEC § 5): the twin of
 * html-edit.ts for messages written as plain text. The engine reads the text with CR LF folded
 * to LF; here every engine offset maps back to the raw text, so only the bytes an edit means to
 * change differ, and inserted lines use the body's own line break.
 */
export type TextLayout = {
  /** The text as the engine reads it (CR LF and lone CR as LF). */
  text: string;
  raw: string;
  /** The line break the body uses. */
  newline: string;
  /** The raw index of an engine offset. */
  rawAt(offset: number): number;
};

export function layoutText(raw: string): TextLayout {
  const newline = raw.includes('\r\n') ? '\r\n' : '\n';
  if (!raw.includes('\r\n')) return { text: raw.replace(/\r/g, '\n'), raw, newline, rawAt: (offset) => offset };
  // Each CR LF is one character of the engine's text: remember where every engine character starts.
  const starts: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    starts.push(i);
    if (raw[i] === '\r') {
      parts.push('\n');
      if (raw[i + 1] === '\n') i++;
    } else parts.push(raw[i]);
  }
  return { text: parts.join(''), raw, newline, rawAt: (offset) => (offset >= starts.length ? raw.length : starts[offset]) };
}

/**
 * Inserts whole lines so that they start at `offset` (a line start, or the end of the text).
 * At the end of a text that lacks a final line break, one is added first.
 */
export function insertLinesInText(layout: TextLayout, offset: number, lines: readonly string[]): string {
  const at = layout.rawAt(offset);
  const nl = layout.newline;
  const before = layout.raw.slice(0, at);
  const lead = before !== '' && !before.endsWith('\n') && !before.endsWith('\r') ? nl : '';
  const block = lines.map((l) => l.replace(/\r\n?|\n/g, nl)).join(nl);
  return before + lead + block + nl + layout.raw.slice(at);
}

export type TextReplaceResult = { ok: true; text: string } | { ok: false; reason: 'stale' };

/** Replaces the engine's [start, end) with `to`, when the text there is still `from`. */
export function replaceTextRangeInText(raw: string, start: number, end: number, from: string, to: string): TextReplaceResult {
  const layout = layoutText(raw);
  if (end <= start || layout.text.slice(start, end) !== from) return { ok: false, reason: 'stale' };
  return { ok: true, text: raw.slice(0, layout.rawAt(start)) + to.replace(/\r\n?|\n/g, layout.newline) + raw.slice(layout.rawAt(end)) };
}
