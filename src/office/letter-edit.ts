/**
 * Every write into the letter, as pure functions of the body (contract § 9): the greeting, the
 * closing, the signature, a suggestion's replacement, an inserted sentence and a template. Each
 * reads the body the way the engine does (parseBody: own text, signature, quoted thread), decides
 * where the edit goes in the engine's text, and changes only those bytes of the raw body: HTML
 * through html-edit.ts, plain text through text-edit.ts. Nothing is ever written into the
 * signature or the quoted thread, and an edit that is already there is not made twice.
 *
 * Where things go:
 * - a greeting at the top of the own text;
 * - a closing at the end of the own text (above the signature and the thread), only when the
 *   letter has none (not on its own line, not ending the last paragraph);
 * - a sentence above the closing, else at the end of the own text, and a template's body below
 *   the letter's greeting (or at the top), replacing its earlier copy, its greeting and closing
 *   only where the letter has none: both in letter-inserts.ts, which the pane loads when the
 *   Templates or Deadline tab first inserts something (its first load stays in its budget).
 */
import { createMessage, type Address, type SenderProfile } from '../engine/model';
import { parseBody, type ParsedBody } from '../engine/parse/body';
import { openingGreeting, openingLine } from '../engine/greeting';
import { findClosings } from '../engine/rules/data/closing-lines';
import type { BuiltSignature } from '../engine/signature';
import { insertAt, insertionPointFor, layoutHtml, placeSignature, replaceTextRange, textToHtml, type HtmlLayout } from './html-edit';
import { insertLinesInText, layoutText, replaceTextRangeInText, type TextLayout } from './text-edit';
import { LetterEditError } from './letter-edit-error';

export type BodyFormat = 'html' | 'text';

/** Whose letter it is: the typed signature is found by the sender's name (contract § 2). */
export type Writer = { sender?: SenderProfile; from?: Address };

export { LetterEditError, type EditRefusal } from './letter-edit-error';

/** A body opened for editing: its raw form and the engine's reading of it. */
export type LetterBody = {
  format: BodyFormat;
  raw: string;
  parsed: ParsedBody;
  html?: HtmlLayout;
  text?: TextLayout;
};

export function openBody(format: BodyFormat, raw: string, writer: Writer = {}): LetterBody {
  const message = createMessage({ ...(format === 'html' ? { bodyHtml: raw } : { bodyText: raw }), sender: writer.sender, from: writer.from });
  // An empty HTML body is read as text by the engine; both give the same (empty) text.
  const parsed = parseBody(message);
  return format === 'html' ? { format, raw, parsed, html: layoutHtml(raw) } : { format, raw, parsed, text: layoutText(raw) };
}

// ---------------------------------------------------------------------------------------------
// Placing lines

/** True when the text before `offset` ends a paragraph with an empty line (or there is no text). */
function blankBefore(parsed: ParsedBody, offset: number): boolean {
  const before = parsed.text.slice(Math.max(0, offset - 400), offset);
  if (parsed.text.slice(0, offset).trim() === '') return true;
  return /\n[ \t]*\n[ \t]*$/.test(before);
}

/** The raw index where lines that should start at text offset `offset` (a line start inside the own text) go. */
function htmlIndexAt(layout: HtmlLayout, offset: number): number {
  if (offset <= 0) return layout.contentStart;
  return insertionPointFor(layout, offset);
}

/** The raw index at the end of the own text: before our signature, the thread, a typed signature. */
function htmlIndexAtOwnEnd(layout: HtmlLayout, ownEnd: number): number {
  if (layout.signature && layout.signature.textStart <= ownEnd) return layout.signature.start;
  if (layout.quoteMarker && layout.quoteMarker.textStart <= ownEnd) return layout.quoteMarker.start;
  if (ownEnd < layout.text.trimEnd().length) return insertionPointFor(layout, ownEnd);
  return layout.contentEnd;
}

/** True when the line that starts at `offset` is empty (an empty line is already there). */
function emptyLineAt(parsed: ParsedBody, offset: number): boolean {
  if (offset >= parsed.own.end) return false;
  const end = parsed.text.indexOf('\n', offset);
  return parsed.text.slice(offset, end < 0 ? parsed.text.length : end).trim() === '';
}

/**
 * Inserts whole lines at a line start of the own text (`'end'`: at the end of the own text). A
 * trailing empty line is left out where the letter already has one there.
 */
export function insertLines(body: LetterBody, at: number | 'end', linesIn: readonly string[]): string {
  const offset = at === 'end' ? body.parsed.own.end : at;
  const lines = linesIn.length > 1 && linesIn[linesIn.length - 1] === '' && emptyLineAt(body.parsed, offset) ? linesIn.slice(0, -1) : linesIn;
  if (body.format === 'text') return insertLinesInText(body.text as TextLayout, offset, lines);
  const layout = body.html as HtmlLayout;
  const index = at === 'end' ? htmlIndexAtOwnEnd(layout, offset) : htmlIndexAt(layout, offset);
  return insertAt(body.raw, index, textToHtml(lines.join('\n')));
}

/** A paragraph inserted at `at`, kept apart from the text above by an empty line. */
export function paragraph(body: LetterBody, at: number | 'end', lines: readonly string[], after: readonly string[] = []): string {
  const offset = at === 'end' ? body.parsed.own.end : at;
  return insertLines(body, at, [...(blankBefore(body.parsed, offset) ? [] : ['']), ...lines, ...after]);
}

export function replaceRange(body: LetterBody, start: number, end: number, from: string, to: string): string {
  if (body.format === 'text') {
    const result = replaceTextRangeInText(body.raw, start, end, from, to);
    if (!result.ok) throw new LetterEditError('stale', `"${from}" is no longer at that place in the text`);
    return result.text;
  }
  const result = replaceTextRange(body.raw, start, end, from, to);
  if (!result.ok) {
    throw new LetterEditError(result.reason, result.reason === 'stale' ? `"${from}" is no longer at that place in the text` : `"${from}" is split by formatting, so no single exact edit exists`);
  }
  return result.html;
}

// ---------------------------------------------------------------------------------------------
// The edits

/** The first line of the own text after the greeting line that holds text, or undefined. */
export function lineAfterGreeting(parsed: ParsedBody): number | undefined {
  const greetingLine = openingLine(parsed);
  if (!greetingLine) return undefined;
  return parsed.lines.findNonBlank((l) => l.start > greetingLine.start)?.start;
}

export function hasClosing(parsed: ParsedBody): boolean {
  return findClosings(parsed).length > 0;
}

/** The greeting on a line of its own at the top, followed by an empty line; none when the letter opens with one. */
export function addGreeting(body: LetterBody, greeting: string): string {
  if (openingGreeting(body.parsed)) return body.raw;
  return insertLines(body, 0, [greeting, '']);
}

/** The closing at the end of the own text; none when the letter has one. */
export function addClosing(body: LetterBody, closing: string): string {
  if (hasClosing(body.parsed)) return body.raw;
  return paragraph(body, 'end', [closing]);
}

/**
 * Replaces what a suggestion names, when the text there is still what it was. An addition after
 * a sentence ("wniosku." -> "wniosku. Sprawę prowadzi …") that is there already is not made twice.
 */
export function replaceText(body: LetterBody, start: number, end: number, from: string, to: string): string {
  if (to.length > from.length && to.startsWith(from) && body.parsed.text.slice(start, start + to.length) === to) return body.raw;
  return replaceRange(body, start, end, from, to);
}

/**
 * Our signature: replaces our earlier block, else goes above the quoted thread (or at the end).
 * A signature the clerk typed is theirs: it is never doubled and never overwritten.
 */
export function placeOurSignature(body: LetterBody, signature: BuiltSignature, replace: boolean): string {
  const existing = body.parsed.signature;
  if (existing && !existing.marked) {
    if (!replace) return body.raw;
    throw new LetterEditError('typed-signature', 'the signature was typed by hand; Etykieta does not overwrite it');
  }
  if (body.format === 'html') return placeSignature(body.raw, signature.html, body.parsed.quote ? body.parsed.quote.start : null);
  if (existing) return body.raw; // a plain-text body carries no marked block of ours
  const lines = signature.text.replace(/\n$/, '').split('\n');
  return body.parsed.quote ? paragraph(body, body.parsed.quote.start, lines, ['']) : paragraph(body, 'end', lines);
}
