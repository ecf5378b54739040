/**
 * Every message has a subject (002 line 124). No fix: Office.js cannot move the focus into the
 * subject line, and a subject must come from the clerk.
 */
import { defineRule } from '../types';

export const rule = defineRule({
  id: 'subject-missing',
  meta: {
    category: 'subject',
    severity: 'error',
    standard: { doc: '002', line: 124, cite: 'Wytyczne dla korespondencji e-mail: każda korespondencja powinna być zatytułowana' },
    docs: { pl: 'Wiadomość ma temat.', en: 'The message has a subject.' },
    messages: ['missing'],
    defaultOptions: {},
  },
  check(message) {
    if (message.subject.trim() !== '') return [];
    return [{ messageId: 'subject-missing/missing', location: { field: 'subject', start: 0, end: message.subject.length } }];
  },
});
