import type { MessageData } from '../../types';
import type { Messages } from '../types';

const KINDS: Record<string, string> = {
  pesel: 'a PESEL number',
  idCard: 'an ID card number',
  passport: 'a passport number',
  account: 'a bank account number',
  nip: 'a NIP (tax) number',
  regon: 'a REGON number',
};

const kind = (d: MessageData) => KINDS[String(d.kind)] ?? String(d.kind);

/** privacy messages in English. Keys: `<rule-id>/<message-id>`. */
export const privacy: Messages = {
  'recipients-external-visible/visible': (d, plural) => {
    const n = Number(d.count);
    const who = plural(n) === 'one' ? 'external recipient sees' : 'external recipients see';
    return `${n} ${who} each other’s addresses in To/Cc. Move them to Bcc so that people who do not know each other do not get each other’s addresses.`;
  },
  'recipients-external-visible/list':
    'The distribution list “{list}” reaches many people, and each of them sees the other recipients’ addresses in To/Cc (and “Reply all” goes to the whole list). Move the list and the external recipients to Bcc.',
  'attachment-missing/missing': 'The text announces an attachment (“{word}”) but no file is attached. Attach the file or change the text.',
  'sensitive-data/inOwnText': (d) => `The text contains ${kind(d)} (${d.masked}) and the message goes outside the office. If it is not needed, remove it or keep only its last digits.`,
  'sensitive-data/inQuote': (d) => `The quoted thread contains ${kind(d)} (${d.masked}) and the message goes outside the office. Remove that part of the quote if it is not needed.`,
};
