/**
 * Mail to someone outside the office carries the case reference (znak sprawy), in the subject or
 * the text, so the citizen can quote it (002 line 114, for letters: "oznacz pismo znakiem sprawy").
 * Off by default: offices that number every matter under JRWA turn it on in the policy, and may
 * give their own `pattern` (JavaScript regular-expression syntax, searched anywhere in the
 * subject and the own text). It runs on the linear-time pattern engine (src/engine/patterns), so a
 * citizen's subject cannot stall the check; a pattern that engine refuses makes the rule silent
 * here, and the policy validator is the place that names the bad field.
 */
import { defineRule } from '../types';
import { compilePolicyPattern, type PolicyPattern } from '../patterns';

/** JRWA: office symbol (+ optional cell), class 3–4 digits, case number(s), year: KT.5430.112.2026. */
export const DEFAULT_CASE_REFERENCE = '[A-ZŁŚŻŹĆŃÓĘĄ]{1,6}(-[A-Z]{1,4})?\\.\\d{3,4}(\\.\\d{1,5})+\\.\\d{4}';

/** The compiled pattern, or null when the policy's value is refused. */
export function compileCaseReference(pattern: unknown): PolicyPattern | null {
  const result = compilePolicyPattern(pattern);
  return result.ok ? result.pattern : null;
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
