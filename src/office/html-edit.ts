/**
 * Pure edits of the body HTML. Every function returns a new string in which only the bytes it
 * means to change differ: Outlook's markup, styles and the quoted thread are left exactly as
 * they were. Positions come from htmlparser2's start/end indices, and the plain text is built
 * with the same rules as the engine's htmlToText, so an engine offset maps back to the HTML.
 */
import { Parser } from 'htmlparser2';
import { escapeHtml } from '../engine/signature/escape';
import { SIGNATURE_MARKER } from '../engine/parse/html';

export { escapeHtml };

// The same element sets as src/engine/parse/html.ts: the text built here must equal the engine's.
const BLOCK = new Set([
  'p', 'div', 'hr', 'tr', 'li', 'ul', 'ol', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'section', 'article', 'header', 'footer', 'address', 'dd', 'dt', 'dl', 'center', 'form',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml', 'o:p']);

/** Outlook's reply/forward markers and other clients' quote containers (as the engine reads them). */
export function isQuoteMarker(name: string, attribs: Record<string, string>): boolean {
  const id = attribs.id ?? '';
  const cls = attribs.class ?? '';
  if (/divRplyFwdMsg|appendonsend/i.test(id)) return true;
  if (name === 'blockquote' && (attribs.type === 'cite' || /gmail_quote/.test(cls))) return true;
  return /\b(gmail_quote|moz-cite-prefix|OutlookMessageHeader)\b/.test(cls);
}

/** A run of plain text with, for each of its characters, the HTML index it came from. */
type Piece = { textStart: number; raw: number[]; rawStart: number; rawEnd: number; element: number };
type ElementInfo = { name: string; rawStart: number; textAtOpen: number; parent: number };
export type Range = { start: number; end: number };

export type HtmlLayout = {
  /** The plain text, identical to the engine's htmlToText(html).text. */
  text: string;
  /** Where content may be inserted at the top (just after `<body …>`) and at the end (before `</body>`). */
  contentStart: number;
  contentEnd: number;
  /** The first element carrying our signature marker, open tag to close tag, in HTML indices. */
  signature: (Range & { textStart: number }) | null;
  /** The first reply/forward marker element: its HTML index and its position in the text. */
  quoteMarker: { start: number; textStart: number } | null;
  pieces: Piece[];
  elements: ElementInfo[];
};

export function layoutHtml(html: string): HtmlLayout {
  const out: string[] = [];
  const pieces: Piece[] = [];
  const elements: ElementInfo[] = [];
  let length = 0;
  let lastChar = '\n';
  let skipDepth = 0;
  let current = -1; // index into elements of the innermost open element
  let contentStart = -1;
  let contentEnd = -1;
  let headEnd = -1;
  let htmlClose = -1;
  let signature: HtmlLayout['signature'] = null;
  let signatureElement = -1;
  let quoteMarker: HtmlLayout['quoteMarker'] = null;

  const lastCharOf = (): string => {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].length > 0) return out[i][out[i].length - 1];
    return '\n';
  };
  const append = (s: string, piece?: Piece) => {
    if (s === '') return;
    out.push(s);
    if (piece) pieces.push(piece);
    length += s.length;
    lastChar = s[s.length - 1];
  };
  const dropTrailingSpace = () => {
    if (lastChar !== ' ') return;
    let last = out.length - 1;
    while (out[last] === '') last--;
    out[last] = out[last].slice(0, -1);
    length--;
    const piece = pieces[pieces.length - 1];
    if (piece && piece.textStart + piece.raw.length > length) piece.raw.pop();
    if (signature && signature.textStart > length) signature.textStart = length;
    if (quoteMarker && quoteMarker.textStart > length) quoteMarker.textStart = length;
    lastChar = lastCharOf();
  };
  const newline = () => {
    dropTrailingSpace();
    if (lastChar !== '\n') append('\n');
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) skipDepth++;
        if (BLOCK.has(name)) newline();
        if (name === 'br') {
          dropTrailingSpace();
          append('\n');
        }
        elements.push({ name, rawStart: parser.startIndex, textAtOpen: length, parent: current });
        current = elements.length - 1;
        if (name === 'body' && contentStart < 0) contentStart = parser.endIndex + 1;
        const marker = `${attribs.id ?? ''} ${attribs.class ?? ''}`;
        if (signature === null && marker.includes(SIGNATURE_MARKER)) {
          signature = { start: parser.startIndex, end: html.length, textStart: length };
          signatureElement = current;
        }
        if (quoteMarker === null && isQuoteMarker(name, attribs)) quoteMarker = { start: parser.startIndex, textStart: length };
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const rawStart = parser.startIndex;
        const rawEnd = parser.endIndex + 1;
        const isEntity = data.length !== rawEnd - rawStart;
        let t = '';
        const raw: number[] = [];
        let inSpace = false;
        for (let i = 0; i < data.length; i++) {
          const c = data[i];
          const at = isEntity ? rawStart : rawStart + i;
          if (/[\s\u00a0]/.test(c)) {
            if (inSpace) continue;
            inSpace = true;
            if (t === '' && (lastChar === '\n' || lastChar === ' ')) continue;
            t += ' ';
          } else {
            inSpace = false;
            t += c;
          }
          raw.push(at);
        }
        append(t, { textStart: length, raw, rawStart, rawEnd, element: current });
      },
      onclosetag(name, isImplied) {
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) newline();
        if (current === signatureElement && signature && signatureElement >= 0) {
          // An implied close happens where the next tag starts; an explicit one ends after '>'.
          signature.end = isImplied ? Math.min(parser.startIndex, html.length) : parser.endIndex + 1;
          signatureElement = -2;
        }
        if (name === 'head' && !isImplied) headEnd = parser.endIndex + 1;
        if (name === 'body' && !isImplied && contentEnd < 0) contentEnd = parser.startIndex;
        if (name === 'html' && !isImplied) htmlClose = parser.startIndex;
        if (current >= 0) current = elements[current].parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (contentStart < 0) contentStart = headEnd >= 0 ? headEnd : 0;
  if (contentEnd < 0) contentEnd = htmlClose >= 0 ? htmlClose : html.length;
  return { text: out.join(''), contentStart, contentEnd, signature, quoteMarker: quoteMarker as HtmlLayout['quoteMarker'], pieces, elements };
}

/**
 * The HTML index at which to insert a block so that it lands just before the text at
 * `textOffset`: before the outermost element that starts there (e.g. the whole `<div>` holding a
 * quote header, not just its `<b>From:</b>`), else before the text itself.
 */
export function insertionPointFor(layout: HtmlLayout, textOffset: number): number {
  const piece = layout.pieces.find((p) => p.textStart + p.raw.length > textOffset && p.raw.length > 0);
  if (!piece) return layout.contentEnd;
  let at = piece.raw[Math.max(0, textOffset - piece.textStart)];
  let element = piece.element;
  while (element >= 0) {
    const e = layout.elements[element];
    if (e.name === 'body' || e.name === 'html') break;
    if (e.textAtOpen > textOffset || layout.text.slice(e.textAtOpen, textOffset).trim() !== '') break;
    at = e.rawStart;
    element = e.parent;
  }
  return at;
}

/**
 * The HTML range of a plain-text range, when it lies in one text node (entities split a node
 * into several pieces; no tag may come between them); else null.
 */
export function htmlRangeOf(layout: HtmlLayout, start: number, end: number): Range | null {
  if (end <= start) return null;
  const pieces = layout.pieces;
  const first = pieces.findIndex((p) => start >= p.textStart && start < p.textStart + p.raw.length);
  if (first < 0) return null;
  const rawStart = pieces[first].raw[start - pieces[first].textStart];
  for (let i = first; i < pieces.length; i++) {
    const p = pieces[i];
    if (i > first && p.rawStart !== pieces[i - 1].rawEnd) return null;
    const pEnd = p.textStart + p.raw.length;
    if (end <= pEnd) return { start: rawStart, end: end === pEnd ? p.rawEnd : p.raw[end - p.textStart] };
  }
  return null;
}

/** Plain text as HTML blocks, the way Outlook writes paragraphs; empty lines stay visible. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`))
    .join('');
}

export function insertAt(html: string, at: number, fragment: string): string {
  return html.slice(0, at) + fragment + html.slice(at);
}

/** Where the quoted thread starts in the HTML (marker element, or the first quote header line). */
export function quoteInsertionPoint(layout: HtmlLayout, quoteTextStart: number | null): number | null {
  if (layout.quoteMarker && (quoteTextStart === null || layout.quoteMarker.textStart <= quoteTextStart)) return layout.quoteMarker.start;
  if (quoteTextStart === null) return null;
  return insertionPointFor(layout, quoteTextStart);
}

/**
 * Puts our signature in the body: replaces the marked block when there is one (every other
 * byte kept), else inserts it before the quoted thread, else at the end. Applying it twice gives
 * the same body as applying it once.
 */
export function placeSignature(html: string, signatureHtml: string, quoteTextStart: number | null = null): string {
  const layout = layoutHtml(html);
  const sig = layout.signature;
  const quoteStart = quoteInsertionPoint(layout, quoteTextStart);
  if (sig && (quoteStart === null || sig.start < quoteStart)) return html.slice(0, sig.start) + signatureHtml + html.slice(sig.end);
  const at = quoteStart ?? layout.contentEnd;
  return insertAt(html, at, `<div><br></div>${signatureHtml}`);
}

export type ReplaceResult = { ok: true; html: string } | { ok: false; reason: 'stale' | 'split' };

/**
 * Replaces the text the engine reported at [start, end) of its plain text with `to`, escaped.
 * Fails (and changes nothing) when the text there is no longer `from`, or when it is split
 * across elements (e.g. half of it bold), since then no single exact edit exists.
 */
export function replaceTextRange(html: string, start: number, end: number, from: string, to: string): ReplaceResult {
  const layout = layoutHtml(html);
  if (layout.text.slice(start, end) !== from) return { ok: false, reason: 'stale' };
  const range = htmlRangeOf(layout, start, end);
  if (!range) return { ok: false, reason: 'split' };
  return { ok: true, html: html.slice(0, range.start) + escapeHtml(to) + html.slice(range.end) };
}
