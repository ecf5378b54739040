/**
 * An Outlook item (.msg file or .pst message) -> the engine's MailMessage. Both readers hand over
 * the same few MAPI fields; the compose type follows `check`'s rules (src/cli/mime/compose-type.ts).
 * Outlook keeps an Exchange sender as an X.500 name ("/O=EXCHANGE/…"): an SMTP address is taken
 * from the SMTP properties first, then from the transport headers.
 */
import type { Address, Attachment, MailMessage, RecipientField } from '../../engine/model';
import { composeTypeOf } from '../../cli/mime/compose-type';

export type OutlookRecipient = { name?: string; addresses: Array<string | undefined>; field: RecipientField };

export type OutlookItem = {
  subject?: string;
  senderName?: string;
  /** Candidates for the sender's address, best first; the first SMTP one wins. */
  senderAddresses: Array<string | undefined>;
  recipients: OutlookRecipient[];
  bodyText?: string;
  bodyHtml?: string;
  attachments: Attachment[];
  inReplyTo?: string;
  references?: string;
};

const isSmtp = (a: string | undefined): a is string => typeof a === 'string' && /^[^\s@]+@[^\s@]+$/.test(a.trim());

export function smtpOf(candidates: ReadonlyArray<string | undefined>): string | undefined {
  return candidates.find(isSmtp)?.trim();
}

function address(name: string | undefined, addr: string): Address {
  const n = name?.trim();
  // Outlook repeats the address as the display name when it has no name.
  return n && n.toLowerCase() !== addr.toLowerCase() ? { name: n, address: addr } : { address: addr };
}

export function outlookToMessage(item: OutlookItem): MailMessage {
  const subject = item.subject ?? '';
  const fromAddress = smtpOf(item.senderAddresses);
  const from = fromAddress ? address(item.senderName, fromAddress) : undefined;
  const byField: Record<RecipientField, Address[]> = { to: [], cc: [], bcc: [] };
  for (const r of item.recipients) {
    const a = smtpOf(r.addresses);
    if (a) byField[r.field].push(address(r.name, a));
  }
  const message: MailMessage = {
    ...byField,
    subject,
    attachments: item.attachments,
    composeType: composeTypeOf({ subject, inReplyTo: item.inReplyTo, references: item.references }),
    sender: { ...(from?.name ? { name: from.name } : {}), ...(from ? { email: from.address } : {}) },
  };
  if (from) message.from = from;
  if (item.bodyHtml) message.bodyHtml = item.bodyHtml;
  if (item.bodyText !== undefined) message.bodyText = item.bodyText;
  if (message.bodyHtml === undefined && message.bodyText === undefined) message.bodyText = '';
  return message;
}
