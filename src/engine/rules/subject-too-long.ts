/**
 * The subject is short (002 line 124). Reply and forward prefixes are not counted: the mail
 * client adds them and the clerk cannot help it. Counted in characters as a reader sees them.
 */
import { defineRule } from '../types';
import { stripReplyPrefixes } from './data/subjects';
import { codePointCount } from '../text/code-points';

export const rule = defineRule({
  id: 'subject-too-long',
  meta: {
    category: 'subject',
    severity: 'warning',
    standard: { doc: '002', line: 124, cite: 'Wytyczne dla korespondencji e-mail: tytuł e-mail powinien być krótki' },
    docs: { pl: 'Temat ma najwyżej `maxLength` znaków (domyślnie 78).', en: 'The subject has at most `maxLength` characters (default 78).' },
    messages: ['tooLong'],
    defaultOptions: { maxLength: 78 },
  },
  check(message, { options }) {
    const max = Number(options.maxLength);
    const { rest, start } = stripReplyPrefixes(message.subject);
    const length = codePointCount(rest);
    if (!(length > max)) return [];
    return [{ messageId: 'subject-too-long/tooLong', data: { length, max }, location: { field: 'subject', start, end: start + rest.length } }];
  },
});
