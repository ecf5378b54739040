/**
 * Every e-mail ends with a courteous closing (002 line 121), on its own line between the
 * clerk's text and the signature. Any closing counts here, even an informal one:
 * closing-informal reports that one, and one finding per problem is enough.
 */
import { defineRule } from '../types';
import { findClosings } from './data/closing-lines';
import { textLanguage } from './data/language-hints';

export const rule = defineRule({
  id: 'closing-missing',
  meta: {
    category: 'courtesy',
    severity: 'warning',
    standard: { doc: '002', line: 121, cite: 'Wytyczne dla korespondencji e-mail: kończ zwrotem grzecznościowym' },
    docs: {
      pl: 'Wiadomość kończy się zwrotem grzecznościowym (np. „Z poważaniem”) przed podpisem.',
      en: 'The message ends with a courteous closing (e.g. “Z poważaniem”) before the signature.',
    },
    messages: ['missing'],
    fixable: true,
    defaultOptions: {},
  },
  check(_message, { body }) {
    // Nothing written (a bare forward): there is nothing to close.
    if (!body.words.some((w) => w.kind === 'word')) return [];
    // A closing ending the last paragraph or typed below "--" is a closing: adding one would make two.
    if (findClosings(body).length > 0) return [];
    const text = textLanguage(body.words) === 'en' ? 'Kind regards' : 'Z poważaniem';
    return [{ messageId: 'closing-missing/missing', fix: { kind: 'insertClosing', text } }];
  },
});
