/**
 * Mail to someone outside the office carries the case reference (znak sprawy), in the subject or
 * the text, so the citizen can quote it (002 line 114, for letters: "oznacz pismo znakiem sprawy").
 * Off by default: offices that number every matter under JRWA turn it on in the policy, and may
 * give their own `pattern` (a JavaScript regular expression source, searched anywhere in the
 * subject and the own text, Unicode mode). The policy author keeps that pattern linear (no nested
 * quantifiers): the own text can be large. A pattern that does not compile makes the rule silent
 * rather than noisy; the policy validator is the place that names the bad field.
 */
import { defineRule } from '../types';

/** JRWA: office symbol (+ optional cell), class 3–4 digits, case number(s), year: KT.5430.112.2026. */
export const DEFAULT_CASE_REFERENCE = '[A-ZŁŚŻŹĆŃÓĘĄ]{1,6}(-[A-Z]{1,4})?\\.\\d{3,4}(\\.\\d{1,5})+\\.\\d{4}';

const MAX_PATTERN_LENGTH = 300;
const compiled = new Map<string, RegExp | null>();

/** The pattern as a RegExp, or null when it is not a string or does not compile. */
export function compileCaseReference(pattern: unknown): RegExp | null {
  if (typeof pattern !== 'string' || pattern === '' || pattern.length > MAX_PATTERN_LENGTH) return null;
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    compiled.set(pattern, re);
  }
  return re;
}

export const rule = defineRule({
  id: 'case-reference-missing',
  meta: {
    category: 'content',
    severity: 'off',
    standard: { doc: '002', line: 114, cite: 'Korespondencja tradycyjna: oznacz pismo znakiem sprawy' },
    docs: {
      pl: 'Wiadomość do osoby spoza urzędu podaje znak sprawy (np. KT.5430.112.2026) w temacie lub w treści. Reguła domyślnie wyłączona; wzór znaku ustawia opcja „pattern”.',
      en: 'A message to someone outside the office gives the case reference (e.g. KT.5430.112.2026) in the subject or the text. Off by default; the option “pattern” sets the reference format.',
    },
    messages: ['missing'],
    defaultOptions: { pattern: DEFAULT_CASE_REFERENCE },
  },
  check(message, { body, options, recipients, isExternal }) {
    const re = compileCaseReference(options.pattern);
    if (!re) return [];
    if (!recipients.some((r) => isExternal(r.address))) return [];
    if (re.test(message.subject) || re.test(body.ownText)) return [];
    return [{ messageId: 'case-reference-missing/missing', location: { field: 'subject', start: 0, end: message.subject.length } }];
  },
});
