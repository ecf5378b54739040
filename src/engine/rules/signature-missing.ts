/**
 * Every e-mail carries the office's standard signature (002 line 122). Ours is found by its
 * marker, a typed one by the sender's name with position, phone or address lines (parse/signature).
 * On a reply or forward the short signature is enough.
 */
import { defineRule } from '../types';
import { variantFor } from '../signature/fields';

export const rule = defineRule({
  id: 'signature-missing',
  meta: {
    category: 'signature',
    severity: 'warning',
    standard: { doc: '002', line: 122, cite: 'Wytyczne dla korespondencji e-mail: stosuj obowiązujący w urzędzie standard podpisu' },
    docs: {
      pl: 'Wiadomość ma podpis urzędu (pełny w nowej wiadomości, skrócony wystarczy w odpowiedzi i przekazaniu).',
      en: 'The message has the office signature (full on a new message; the short one is enough on a reply or forward).',
    },
    messages: ['missing'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body }) {
    if (body.signature) return [];
    const variant = variantFor(message.composeType);
    return [{ messageId: 'signature-missing/missing', data: { variant }, fix: { kind: 'insertSignature', variant, replace: false } }];
  },
});
