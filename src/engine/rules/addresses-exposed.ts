/**
 * Other people's e-mail addresses sent outside (002 line 126: protect your and others' privacy;
 * do not make other people's e-mail addresses public). Looked for in the own text, and in the
 * quoted thread of a forward: a forward hands someone else's conversation to a new reader. A
 * reply's quote goes back to the people who wrote it, so it is left alone. Not counted: the
 * sender, every recipient (they already know each other's addresses, or Bcc hides them), the
 * office's own domains (public contact data such as sekretariat@…), and the block Etykieta
 * inserted (the clerk's own contact data).
 */
import { defineRule } from '../types';
import { findAddresses } from '../parse/addresses';
import { isInDomains } from '../recipients';

export const rule = defineRule({
  id: 'addresses-exposed',
  meta: {
    category: 'privacy',
    severity: 'warning',
    standard: { doc: '002', line: 126, cite: 'Chroń prywatność swoją i innych; nie upubliczniaj adresów e-mail innych osób' },
    docs: {
      pl: 'Wiadomość do odbiorcy spoza urzędu nie pokazuje adresów e-mail osób trzecich (nie nadawcy, nie odbiorców, nie adresów urzędu) — w treści ani, przy przekazywaniu dalej, w cytowanej korespondencji.',
      en: "A message to an external recipient does not show third parties' e-mail addresses (not the sender's, the recipients' or the office's) — in the text or, when forwarding, in the quoted thread.",
    },
    messages: ['exposed'],
    defaultOptions: {},
  },
  check(message, { body, policy, isExternal, recipients }) {
    if (!recipients.some((r) => isExternal(r.address))) return [];
    const known = new Set(recipients.map((r) => r.address.trim().toLowerCase()));
    if (message.from) known.add(message.from.address.trim().toLowerCase());
    const end = message.composeType === 'forward' ? body.text.length : body.own.end;
    const skip = body.signature?.marked ? body.signature : null;
    const reported = new Set<string>();
    const reports = [];
    for (const found of findAddresses(body.text, 0, 0, end)) {
      const address = found.address.toLowerCase();
      if (known.has(address) || reported.has(address) || isInDomains(address, policy.internalDomains)) continue;
      if (skip && found.start >= skip.start && found.end <= skip.end) continue;
      reported.add(address);
      reports.push({ messageId: 'addresses-exposed/exposed', data: { address: found.address }, location: { field: 'body' as const, start: found.start, end: found.end } });
    }
    return reports;
  },
});
