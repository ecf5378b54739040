/**
 * The Internet headers Outlook keeps with a received item (PR_TRANSPORT_MESSAGE_HEADERS), read
 * with the same MIME parser as everything else: the sender's SMTP address when Outlook stored
 * only an Exchange name, and the thread headers for the compose type.
 */
import { simpleParser } from 'mailparser';
import { headerDate } from '../../cli/mime/eml';

export type TransportHeaders = { from?: string; inReplyTo?: string; references?: string; date?: string; messageId?: string };

export async function readTransportHeaders(text: string | undefined): Promise<TransportHeaders> {
  if (!text || !text.trim()) return {};
  try {
    const mail = await simpleParser(`${text.trimEnd()}\r\n\r\n`, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
    const from = mail.from?.value.find((a) => a.address)?.address;
    const references = Array.isArray(mail.references) ? mail.references.join(' ') : mail.references;
    const date = headerDate(mail);
    return {
      ...(from ? { from } : {}),
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
      ...(references ? { references } : {}),
      ...(date ? { date } : {}),
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
    };
  } catch {
    return {};
  }
}
