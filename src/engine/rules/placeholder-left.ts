/**
 * A letter never reaches a citizen half-written (SPEC § 2, § 9): the own text and the subject
 * hold no field a template or the signature left open ("[uzupełnij: godziny pracy]",
 * "[fill in: room number]"). An error, and the send check blocks it with no "send anyway"
 * (src/launchevent/send-decision.ts, HARD_BLOCK_RULES): nobody means to send "[uzupełnij: …]".
 * Fields left in our signature block are signature-incomplete's finding, not this one.
 *
 * The built-in markers are the ones Etykieta writes (signature/placeholder.ts). Offices with
 * their own templates add theirs with the policy option `patterns` (SPEC § 2), compiled by the
 * linear-time pattern engine of issue 21.3 before this rule may run them: they are read where
 * `openFields` collects the matches, and nowhere else.
 */
import { defineRule, type Report } from '../types';
import { findPlaceholders } from '../signature';

/** An open field as written ("[uzupełnij: godziny pracy]") and where it is. */
type OpenField = { text: string; start: number; end: number };

/** The open fields in a text, with their offsets (`offset` is the text's position in the body). */
function openFields(text: string, offset = 0): OpenField[] {
  return findPlaceholders(text).map((p) => ({ text: text.slice(p.start, p.end), start: offset + p.start, end: offset + p.end }));
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
    defaultOptions: {},
  },
  check(message, { body }) {
    const reports: Report[] = [];
    for (const f of openFields(message.subject)) {
      reports.push({ messageId: 'placeholder-left/subject', data: { field: f.text }, location: { field: 'subject', start: f.start, end: f.end } });
    }
    for (const f of openFields(body.ownText)) {
      reports.push({ messageId: 'placeholder-left/body', data: { field: f.text }, location: { field: 'body', start: f.start, end: f.end } });
    }
    return reports;
  },
});
