/**
 * Where inserted text goes in the letter (contract § 9). A template: its body replaces an earlier copy
 * in place, else goes below the letter's greeting (or at the top); then the template's greeting
 * and closing only where the letter has none. A sentence (the deadline tab's): above the closing
 * line, else at the end of the own text. Apart from letter-edit.ts because the task pane loads
 * this (with the templates' texts and their copy recognition) only when something is inserted.
 */
import { openingGreeting } from '../engine/greeting';
import { isTemplateCopy, type TemplateText } from '../engine/templates';
import { findClosings } from '../engine/rules/data/closing-lines';
import { addClosing, addGreeting, insertLines, lineAfterGreeting, openBody, paragraph, replaceRange, type LetterBody, type Writer } from './letter-edit';

export { landedInOwnText } from './sentence-check';

/** The new raw body with the template placed (each step re-reads the body it produced). */
export function placeTemplate(body: LetterBody, template: TemplateText, writer: Writer = {}): string {
  const copy = body.parsed.lines.findNonBlank((l) => isTemplateCopy(template.id, l.text));
  let raw: string;
  if (copy) {
    const lead = copy.text.length - copy.text.trimStart().length;
    const text = copy.text.trim();
    raw = text === template.body ? body.raw : replaceRange(body, copy.start + lead, copy.start + lead + text.length, text, template.body);
  } else if (openingGreeting(body.parsed)) {
    const next = lineAfterGreeting(body.parsed);
    raw = next === undefined ? paragraph(body, 'end', [template.body]) : paragraph(body, next, [template.body], ['']);
  } else {
    raw = insertLines(body, 0, [template.body, '']);
  }
  raw = addGreeting(openBody(body.format, raw, writer), template.greeting);
  return addClosing(openBody(body.format, raw, writer), template.closing);
}

/** A sentence of its own above the closing line, else at the end of the own text. */
export function addSentence(body: LetterBody, sentence: string): string {
  const closing = findClosings(body.parsed)[0];
  if (closing) return paragraph(body, closing.line.start, [sentence], ['']);
  return paragraph(body, 'end', [sentence]);
}
