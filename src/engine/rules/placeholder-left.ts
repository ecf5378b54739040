/**
 * A letter never reaches a citizen half-written (contract § 2, § 9): the own text and the subject
 * hold no field a template or the signature left open ("[uzupełnij: godziny pracy]",
 * "[fill in: room number]"). An error, and the send check blocks it with no "send anyway"
 * (src/launchevent/send-decision.ts, HARD_BLOCK_RULES): nobody means to send "[uzupełnij: …]".
 * Fields left in our signature block are signature-incomplete's finding, not this one.
 *
 * The built-in markers are the ones Etykieta writes (signature/placeholder.ts). Offices with
 * their own templates add theirs with the policy option `patterns` (contract § 2: e.g. "\\[\\[[^\\]]{1,80}\\]\\]"
 * for "[[numer pokoju]]", "_{3,}" for "____"), run by the linear-time pattern engine
 * (src/engine/patterns), which the policy validator also uses to refuse what it cannot run. A
 * field that a built-in marker and a pattern both find is named once.
 */
import { defineRule, type Report } from '../types';
import { findPlaceholders } from '../signature';
import { compilePolicyPatterns, type PolicyPattern } from '../patterns';

/** An open field as written ("[uzupełnij: godziny pracy]") and where it is. */
type OpenField = { text: string; start: number; end: number };

/** The open fields in a text, left to right, none overlapping another. */
function openFields(text: string, patterns: readonly PolicyPattern[]): OpenField[] {
  const spans = [...findPlaceholders(text), ...patterns.flatMap((p) => p.findAll(text))].sort((a, b) => a.start - b.start || b.end - a.end);
  const fields: OpenField[] = [];
  for (const s of spans) {
    const last = fields[fields.length - 1];
    if (last && s.start < last.end) continue;
    fields.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end });
  }
  return fields;
}

export const rule = defineRule({
  id: 'placeholder-left',
  meta: {
    category: 'content',
    severity: 'error',
    standard: { doc: '002', line: 117, cite: 'Wytyczne dla korespondencji e-mail: przed wysyłką przeczytaj i sprawdź tekst, upewnij się, czy zawiera wszystkie niezbędne informacje' },
    docs: {
      pl: 'W treści ani w temacie nie zostało niewypełnione pole szablonu („[uzupełnij: …]”); taka wiadomość nie może zostać wysłana.',
      en: 'Neither the text nor the subject still holds an open template field (“[fill in: …]”); such a message cannot be sent.',
    },
    messages: ['body', 'subject'],
    defaultOptions: { patterns: [] as string[] },
  },
  check(message, { body, options }) {
    const patterns = compilePolicyPatterns(options.patterns);
    const reports: Report[] = [];
    for (const f of openFields(message.subject, patterns)) {
      reports.push({ messageId: 'placeholder-left/subject', data: { field: f.text }, location: { field: 'subject', start: f.start, end: f.end } });
    }
    for (const f of openFields(body.ownText, patterns)) {
      reports.push({ messageId: 'placeholder-left/body', data: { field: f.text }, location: { field: 'body', start: f.start, end: f.end } });
    }
    return reports;
  },
});
