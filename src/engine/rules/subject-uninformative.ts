/**
 * The subject names the matter, not just "Pytanie" or a bare "RE:" (002 line 124: short but
 * meaningful). Reply and forward prefixes are stripped first: "RE: Pytanie" is still only "Pytanie".
 */
import { defineRule } from '../types';
import { isGenericSubject, stripReplyPrefixes } from './data/subjects';

export const rule = defineRule({
  id: 'subject-uninformative',
  meta: {
    category: 'subject',
    severity: 'warning',
    standard: { doc: '002', line: 124, cite: 'Wytyczne dla korespondencji e-mail: tytuł krótki, ale rzeczowy' },
    docs: {
      pl: 'Temat mówi, czego dotyczy sprawa (nie samo „Pytanie”, „Pilne” czy „RE:”).',
      en: 'The subject names the matter (not just “Pytanie”, “Urgent” or “RE:”).',
    },
    messages: ['generic', 'prefixOnly'],
    defaultOptions: {},
  },
  check(message) {
    const subject = message.subject;
    if (subject.trim() === '') return []; // subject-missing reports that
    const { rest, start, prefixes } = stripReplyPrefixes(subject);
    if (rest === '') {
      return [{ messageId: 'subject-uninformative/prefixOnly', data: { prefix: prefixes }, location: { field: 'subject', start: 0, end: subject.trimEnd().length } }];
    }
    if (!isGenericSubject(rest)) return [];
    return [{ messageId: 'subject-uninformative/generic', data: { subject: rest }, location: { field: 'subject', start, end: start + rest.length } }];
  },
});
