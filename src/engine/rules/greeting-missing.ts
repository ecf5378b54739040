/**
 * Every e-mail opens with a greeting (002 line 121: "Każdą wiadomość e-mail rozpoczynaj od
 * powitania"). The first non-empty line of the clerk's own text must open with one, so a blank
 * line before it is fine and the greeting quoted from the citizen's message never counts. Any
 * greeting counts here, even an informal one: greeting-informal reports that one.
 */
import { defineRule } from '../types';
import { openingGreeting, openingLine, suggestGreeting } from '../greeting';
import { textLanguage } from './data/language-hints';

export const rule = defineRule({
  id: 'greeting-missing',
  meta: {
    category: 'courtesy',
    severity: 'warning',
    standard: { doc: '002', line: 121, cite: 'Wytyczne dla korespondencji e-mail: rozpoczynaj od powitania' },
    docs: {
      pl: 'Wiadomość zaczyna się od powitania („Szanowna Pani”, „Szanowny Panie”, „Szanowni Państwo”, „Dzień dobry”).',
      en: 'The message opens with a greeting (“Szanowna Pani”, “Szanowny Panie”, “Szanowni Państwo”, “Dzień dobry”).',
    },
    messages: ['missing'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body, isExternal, firstNames }) {
    // Nothing written (a bare forward): there is nothing to open.
    if (!body.words.some((w) => w.kind === 'word')) return [];
    if (openingGreeting(body)) return [];
    const text = suggestGreeting(message, textLanguage(body.words), isExternal, firstNames);
    const line = openingLine(body);
    const lead = line ? line.text.length - line.text.trimStart().length : 0;
    return [
      {
        messageId: 'greeting-missing/missing',
        data: { suggestion: text },
        ...(line && { location: { field: 'body' as const, start: line.start + lead, end: line.start + line.text.trimEnd().length } }),
        fix: { kind: 'insertGreeting', text },
      },
    ];
  },
});
